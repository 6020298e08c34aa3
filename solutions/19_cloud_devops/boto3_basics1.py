"""AWS SDK (boto3): calling AWS APIs and shaping the answers.

A boto3 client method mirrors one AWS API call: keyword arguments in, a dict out.
`bucket_names` must return just the bucket names, sorted. `tag_instance` must turn a plain
{key: value} dict into the list of {"Key": ..., "Value": ...} pairs that EC2's CreateTags
expects. The tests answer the calls with botocore's Stubber: no AWS account, no network.
"""


def bucket_names(s3) -> list[str]:
    response = s3.list_buckets()
    return sorted(bucket["Name"] for bucket in response["Buckets"])


def tag_instance(ec2, instance_id: str, tags: dict[str, str]) -> None:
    ec2.create_tags(
        Resources=[instance_id],
        Tags=[{"Key": key, "Value": value} for key, value in tags.items()],
    )


# --- tests: read them, don't change them ---
from datetime import datetime, timezone

import boto3
import pytest
from botocore.stub import Stubber

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture
def s3():
    client = boto3.client("s3", region_name="us-east-1", **CREDENTIALS)
    with Stubber(client) as stubber:
        yield client, stubber


@pytest.fixture
def ec2():
    client = boto3.client("ec2", region_name="us-east-1", **CREDENTIALS)
    with Stubber(client) as stubber:
        yield client, stubber


def test_bucket_names_sorted(s3):
    client, stubber = s3
    created = datetime(2024, 1, 1, tzinfo=timezone.utc)
    stubber.add_response("list_buckets", {
        "Buckets": [{"Name": "web-logs", "CreationDate": created},
                    {"Name": "app-artifacts", "CreationDate": created},
                    {"Name": "tf-state", "CreationDate": created}],
        "Owner": {"ID": "abc123"},
    })
    assert bucket_names(client) == ["app-artifacts", "tf-state", "web-logs"]


def test_no_buckets(s3):
    client, stubber = s3
    stubber.add_response("list_buckets", {"Buckets": []})
    assert bucket_names(client) == []


def test_tag_instance_sends_key_value_pairs(ec2):
    client, stubber = ec2
    sent = []
    client.meta.events.register(
        "before-parameter-build.ec2.CreateTags", lambda params, **kwargs: sent.append(params)
    )
    stubber.add_response("create_tags", {})
    tag_instance(client, "i-0abc123def4567890", {"Owner": "netops", "Env": "prod"})
    assert len(sent) == 1
    assert list(sent[0]["Resources"]) == ["i-0abc123def4567890"]
    tags = sorted(sent[0]["Tags"], key=lambda tag: tag["Key"])
    assert tags == [{"Key": "Env", "Value": "prod"}, {"Key": "Owner", "Value": "netops"}]
