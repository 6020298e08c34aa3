"""Infrastructure scripts: auditing an AWS account.

Two checks a platform team runs every night. `untagged_instances` lists the instances that
lack any of the required tags (having *some* tags is not enough). `unencrypted_buckets` lists
the buckets without default encryption: S3 answers GetBucketEncryption for those with the
error code "ServerSideEncryptionConfigurationNotFoundError". Any other error must propagate,
because a bucket you may not read is not proof of anything.
"""
from botocore.exceptions import ClientError

NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError"


def untagged_instances(ec2, required: set[str]) -> list[str]:
    missing = []
    for page in ec2.get_paginator("describe_instances").paginate():
        for reservation in page["Reservations"]:
            for instance in reservation["Instances"]:
                # TODO: report an instance unless it has every required tag key.
                if not instance.get("Tags"):
                    missing.append(instance["InstanceId"])
    return missing


def unencrypted_buckets(s3) -> list[str]:
    found = []
    for bucket in s3.list_buckets()["Buckets"]:
        try:
            s3.get_bucket_encryption(Bucket=bucket["Name"])
        except ClientError:
            # TODO: only NO_ENCRYPTION means "unencrypted"; re-raise other errors.
            found.append(bucket["Name"])
    return found


# --- tests: read them, don't change them ---
from datetime import datetime, timezone

import boto3
import pytest
from botocore.stub import Stubber

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
CREATED = datetime(2024, 1, 1, tzinfo=timezone.utc)
ENCRYPTED = {"ServerSideEncryptionConfiguration": {
    "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]
}}


def instance(instance_id, **tags):
    item = {"InstanceId": instance_id, "State": {"Name": "running", "Code": 16}}
    if tags:
        item["Tags"] = [{"Key": k, "Value": v} for k, v in tags.items()]
    return item


@pytest.fixture
def ec2():
    client = boto3.client("ec2", region_name="us-east-1", **CREDENTIALS)
    with Stubber(client) as stubber:
        yield client, stubber


@pytest.fixture
def s3():
    client = boto3.client("s3", region_name="us-east-1", **CREDENTIALS)
    with Stubber(client) as stubber:
        yield client, stubber


def test_untagged_instances(ec2):
    client, stubber = ec2
    stubber.add_response("describe_instances", {"Reservations": [
        {"Instances": [instance("i-01", Owner="netops", CostCenter="42"),
                       instance("i-02")]},
        {"Instances": [instance("i-03", Owner="web"),
                       instance("i-04", Owner="db", CostCenter="7", Name="db-1")]},
    ]})
    assert untagged_instances(client, {"Owner", "CostCenter"}) == ["i-02", "i-03"]


def test_unencrypted_buckets(s3):
    client, stubber = s3
    stubber.add_response("list_buckets", {"Buckets": [
        {"Name": "tf-state", "CreationDate": CREATED},
        {"Name": "web-logs", "CreationDate": CREATED},
    ]})
    stubber.add_response("get_bucket_encryption", ENCRYPTED, {"Bucket": "tf-state"})
    stubber.add_client_error(
        "get_bucket_encryption", service_error_code=NO_ENCRYPTION, http_status_code=404,
        expected_params={"Bucket": "web-logs"},
    )
    assert unencrypted_buckets(client) == ["web-logs"]


def test_access_denied_is_not_unencrypted(s3):
    client, stubber = s3
    stubber.add_response("list_buckets", {"Buckets": [{"Name": "audit", "CreationDate": CREATED}]})
    stubber.add_client_error(
        "get_bucket_encryption", service_error_code="AccessDenied", http_status_code=403
    )
    with pytest.raises(ClientError):
        unencrypted_buckets(client)
