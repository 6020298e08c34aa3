"""Infrastructure scripts: auditing an AWS account.

Two checks a platform team runs every night. `untagged_instances` lists the instances that
lack any of the required tags (having *some* tags is not enough). `open_buckets` lists the
buckets whose public access is not fully blocked. S3 answers GetPublicAccessBlock with the
bucket's four block settings (all four must be true), or, for a bucket that never got any,
with the error code "NoSuchPublicAccessBlockConfiguration": such a bucket is open too. Any
other error must propagate, because a bucket you may not read is not proof of anything.
"""
from botocore.exceptions import ClientError

NO_BLOCK = "NoSuchPublicAccessBlockConfiguration"


def untagged_instances(ec2, required: set[str]) -> list[str]:
    missing = []
    for page in ec2.get_paginator("describe_instances").paginate():
        for reservation in page["Reservations"]:
            for instance in reservation["Instances"]:
                # TODO: report an instance unless it has every required tag key.
                if not instance.get("Tags"):
                    missing.append(instance["InstanceId"])
    return missing


def open_buckets(s3) -> list[str]:
    found = []
    for bucket in s3.list_buckets()["Buckets"]:
        try:
            response = s3.get_public_access_block(Bucket=bucket["Name"])
        except ClientError:
            # TODO: only NO_BLOCK means "no settings"; re-raise other errors.
            found.append(bucket["Name"])
            continue
        if not all(response["PublicAccessBlockConfiguration"].values()):
            found.append(bucket["Name"])
    return found


# --- tests: read them, don't change them ---
from datetime import datetime, timezone

import boto3
import pytest
from botocore.stub import Stubber

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
CREATED = datetime(2024, 1, 1, tzinfo=timezone.utc)
SETTINGS = ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")


def instance(instance_id, **tags):
    item = {"InstanceId": instance_id, "State": {"Name": "running", "Code": 16}}
    if tags:
        item["Tags"] = [{"Key": k, "Value": v} for k, v in tags.items()]
    return item


def block(*off):
    """A GetPublicAccessBlock answer with every setting on, except those named."""
    return {"PublicAccessBlockConfiguration": {name: name not in off for name in SETTINGS}}


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
                       instance("i-04", Owner="db", CostCenter="7", Name="db-1"),
                       instance("i-05", CostCenter="7", Name="Owner")]},
    ]})
    assert untagged_instances(client, {"Owner", "CostCenter"}) == ["i-02", "i-03", "i-05"]


def test_open_buckets(s3):
    client, stubber = s3
    names = ["tf-state", "web-logs", "public-site", "backups"]
    stubber.add_response("list_buckets", {
        "Buckets": [{"Name": name, "CreationDate": CREATED} for name in names]})
    stubber.add_response("get_public_access_block", block(), {"Bucket": "tf-state"})
    stubber.add_client_error(
        "get_public_access_block", service_error_code=NO_BLOCK, http_status_code=404,
        expected_params={"Bucket": "web-logs"},
    )
    stubber.add_response("get_public_access_block", block("BlockPublicPolicy"),
                         {"Bucket": "public-site"})
    stubber.add_response("get_public_access_block", block(), {"Bucket": "backups"})
    assert open_buckets(client) == ["web-logs", "public-site"]


def test_access_denied_is_not_proof_of_anything(s3):
    client, stubber = s3
    stubber.add_response("list_buckets", {"Buckets": [{"Name": "audit", "CreationDate": CREATED}]})
    stubber.add_client_error(
        "get_public_access_block", service_error_code="AccessDenied", http_status_code=403
    )
    with pytest.raises(ClientError):
        open_buckets(client)
