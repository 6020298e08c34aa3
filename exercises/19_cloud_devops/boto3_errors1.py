"""AWS SDK (boto3): handling ClientError.

Every error an AWS service returns arrives as `botocore.exceptions.ClientError`; the code
in `err.response["Error"]["Code"]` says which one. `bucket_exists` must answer False only
for a missing bucket and let every other error (403 access denied, a network failure)
propagate.
`read_setting` returns the text of an S3 object, or `default` when the key doesn't exist.
"""
from botocore.exceptions import ClientError


def bucket_exists(s3, name: str) -> bool:
    try:
        s3.head_bucket(Bucket=name)
    except Exception:  # TODO: catch ClientError only, and only treat "404" as missing
        return False
    return True


def read_setting(s3, bucket: str, key: str, default: str | None = None) -> str | None:
    # TODO: return `default` when the error code is "NoSuchKey"; re-raise anything else.
    response = s3.get_object(Bucket=bucket, Key=key)
    return response["Body"].read().decode()


# --- tests: read them, don't change them ---
import io

import boto3
import pytest
from botocore.exceptions import EndpointConnectionError
from botocore.response import StreamingBody
from botocore.stub import Stubber

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture
def s3():
    client = boto3.client("s3", region_name="us-east-1", **CREDENTIALS)
    with Stubber(client) as stubber:
        yield client, stubber


def test_existing_bucket(s3):
    client, stubber = s3
    stubber.add_response("head_bucket", {}, {"Bucket": "netops-backups"})
    assert bucket_exists(client, "netops-backups") is True


def test_missing_bucket(s3):
    client, stubber = s3
    stubber.add_client_error("head_bucket", service_error_code="404", http_status_code=404)
    assert bucket_exists(client, "no-such-bucket") is False


def test_forbidden_bucket_is_an_error(s3):
    client, stubber = s3
    stubber.add_client_error("head_bucket", service_error_code="403", http_status_code=403)
    with pytest.raises(ClientError) as exc_info:
        bucket_exists(client, "someone-elses-bucket")
    assert exc_info.value.response["Error"]["Code"] == "403"


def test_a_network_failure_is_not_a_missing_bucket(s3, monkeypatch):
    client, _ = s3

    def unreachable(**kwargs):
        raise EndpointConnectionError(endpoint_url="https://s3.amazonaws.com")

    monkeypatch.setattr(client, "head_bucket", unreachable)
    with pytest.raises(EndpointConnectionError):
        bucket_exists(client, "netops-backups")


def test_read_setting(s3):
    client, stubber = s3
    data = b"max_parallel = 8\n"
    stubber.add_response(
        "get_object",
        {"Body": StreamingBody(io.BytesIO(data), len(data))},
        {"Bucket": "cfg", "Key": "deploy.toml"},
    )
    assert read_setting(client, "cfg", "deploy.toml") == "max_parallel = 8\n"


def test_missing_setting_gives_the_default(s3):
    client, stubber = s3
    stubber.add_client_error("get_object", service_error_code="NoSuchKey", http_status_code=404)
    assert read_setting(client, "cfg", "missing.toml", default="") == ""


def test_other_errors_propagate(s3):
    client, stubber = s3
    stubber.add_client_error("get_object", service_error_code="AccessDenied", http_status_code=403)
    with pytest.raises(ClientError):
        read_setting(client, "cfg", "secret.toml", default="")
