"""AWS SDK (boto3): paginators.

AWS returns big lists one page at a time, with a token for the next page. These functions
read only the first page. Use the client's paginators so they read every page. Mind the
shapes: EC2 instances sit inside reservations, and an S3 page with no objects has no
"Contents" key at all.
"""


def all_instance_ids(ec2) -> list[str]:
    ids = []
    for page in ec2.get_paginator("describe_instances").paginate():
        for reservation in page["Reservations"]:
            for instance in reservation["Instances"]:
                ids.append(instance["InstanceId"])
    return ids


def object_keys(s3, bucket: str, prefix: str = "") -> list[str]:
    keys = []
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    for page in pages:
        keys.extend(obj["Key"] for obj in page.get("Contents", []))
    return keys


# --- tests: read them, don't change them ---
import boto3
import pytest
from botocore.stub import Stubber

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def instance(instance_id):
    return {"InstanceId": instance_id, "State": {"Name": "running", "Code": 16}}


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


def test_instances_from_every_page_and_reservation(ec2):
    client, stubber = ec2
    stubber.add_response("describe_instances", {
        "Reservations": [{"Instances": [instance("i-01"), instance("i-02")]},
                         {"Instances": [instance("i-03")]}],
        "NextToken": "page-2",
    })
    stubber.add_response(
        "describe_instances",
        {"Reservations": [{"Instances": [instance("i-04")]}]},
        expected_params={"NextToken": "page-2"},
    )
    assert all_instance_ids(client) == ["i-01", "i-02", "i-03", "i-04"]


def test_no_instances(ec2):
    client, stubber = ec2
    stubber.add_response("describe_instances", {"Reservations": []})
    assert all_instance_ids(client) == []


def test_object_keys_from_every_page(s3):
    client, stubber = s3
    stubber.add_response(
        "list_objects_v2",
        {"Contents": [{"Key": "backups/rtr1.rsc"}, {"Key": "backups/rtr2.rsc"}],
         "IsTruncated": True, "NextContinuationToken": "tok-2", "KeyCount": 2},
        expected_params={"Bucket": "netops", "Prefix": "backups/"},
    )
    stubber.add_response(
        "list_objects_v2",
        {"Contents": [{"Key": "backups/sw1.cfg"}], "IsTruncated": False, "KeyCount": 1},
        expected_params={"Bucket": "netops", "Prefix": "backups/", "ContinuationToken": "tok-2"},
    )
    assert object_keys(client, "netops", "backups/") == [
        "backups/rtr1.rsc", "backups/rtr2.rsc", "backups/sw1.cfg"
    ]


def test_empty_prefix_has_no_keys(s3):
    client, stubber = s3
    stubber.add_response(
        "list_objects_v2",
        {"IsTruncated": False, "KeyCount": 0},
        expected_params={"Bucket": "netops", "Prefix": "nothing/"},
    )
    assert object_keys(client, "netops", "nothing/") == []
