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
                keys = {tag["Value"] for tag in instance.get("Tags", [])}
                if not required <= keys:
                    missing.append(instance["InstanceId"])
    return missing


def open_buckets(s3) -> list[str]:
    found = []
    for bucket in s3.list_buckets()["Buckets"]:
        try:
            response = s3.get_public_access_block(Bucket=bucket["Name"])
        except ClientError as err:
            if err.response["Error"]["Code"] != NO_BLOCK:
                raise
            found.append(bucket["Name"])
            continue
        if not all(response["PublicAccessBlockConfiguration"].values()):
            found.append(bucket["Name"])
    return found
