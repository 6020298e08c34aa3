"""AWS SDK (boto3): presigned S3 URLs.

A presigned URL lets someone without AWS credentials download or upload ONE object for a
limited time: boto3 signs the request with your credentials, offline, and puts the
signature and the lifetime into the URL. `download_link` must make a GET link that works for
`minutes` minutes. `upload_link` must make a link for uploading (S3's PutObject) that only
accepts the given content type: the content type must be part of what is signed.
"""


def download_link(s3, bucket: str, key: str, minutes: int) -> str:
    # TODO: ExpiresIn counts seconds, not minutes.
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=minutes
    )


def upload_link(s3, bucket: str, key: str, content_type: str, minutes: int) -> str:
    # TODO: presign the upload operation, and sign the content type with it.
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=minutes * 60
    )


# --- tests: read them, don't change them ---
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from botocore.stub import Stubber

CREDENTIALS = {"aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "testing"}


@pytest.fixture(scope="module")
def s3():
    # Frankfurt signs with Signature Version 4, the only version new regions accept.
    client = boto3.client("s3", region_name="eu-central-1", **CREDENTIALS)
    with Stubber(client):  # no request may reach the network: presigning needs none
        yield client


def query(url):
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def test_download_link_names_the_object(s3):
    url = urlsplit(download_link(s3, "netops-artifacts", "backups/rtr1.rsc", 15))
    assert url.hostname.startswith("netops-artifacts.")
    assert url.path == "/backups/rtr1.rsc"


@pytest.mark.parametrize("minutes, seconds", [(15, "900"), (1, "60"), (120, "7200")])
def test_download_link_lives_for_the_given_minutes(s3, minutes, seconds):
    url = download_link(s3, "netops-artifacts", "backups/rtr1.rsc", minutes)
    assert query(url)["X-Amz-Expires"] == seconds


def test_download_link_is_signed_for_a_plain_get(s3):
    signed = query(download_link(s3, "netops-artifacts", "a.txt", 5))["X-Amz-SignedHeaders"]
    assert signed == "host"


def test_upload_link_names_the_object_and_lifetime(s3):
    url = upload_link(s3, "netops-artifacts", "uploads/cfg.tar.gz", "application/gzip", 10)
    assert urlsplit(url).path == "/uploads/cfg.tar.gz"
    assert query(url)["X-Amz-Expires"] == "600"


def test_upload_link_signs_the_content_type(s3):
    url = upload_link(s3, "netops-artifacts", "uploads/cfg.tar.gz", "application/gzip", 10)
    signed = query(url)["X-Amz-SignedHeaders"].split(";")
    assert "content-type" in signed, "the content type is not part of the signature"


def test_upload_link_is_for_an_upload(s3, monkeypatch):
    methods = []
    real = s3.generate_presigned_url

    def spy(ClientMethod, Params=None, ExpiresIn=3600, HttpMethod=None):
        methods.append(ClientMethod)
        return real(ClientMethod, Params=Params, ExpiresIn=ExpiresIn, HttpMethod=HttpMethod)

    monkeypatch.setattr(s3, "generate_presigned_url", spy)
    upload_link(s3, "netops-artifacts", "uploads/cfg.tar.gz", "application/gzip", 10)
    assert methods == ["put_object"]
