from botocore.exceptions import ClientError

NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError"


def _instances(ec2):
    for page in ec2.get_paginator("describe_instances").paginate():
        for reservation in page["Reservations"]:
            yield from reservation["Instances"]


def untagged_instances(ec2, required):
    result = []
    for inst in _instances(ec2):
        tags = {t["Key"]: t["Value"] for t in inst.get("Tags", [])}
        if any(key not in tags for key in required):
            result.append(inst["InstanceId"])
    return result


def _is_encrypted(s3, name):
    try:
        s3.get_bucket_encryption(Bucket=name)
        return True
    except ClientError as err:
        if err.response["Error"]["Code"] == NO_ENCRYPTION:
            return False
        raise


def unencrypted_buckets(s3):
    names = [b["Name"] for b in s3.list_buckets()["Buckets"]]
    return [name for name in names if not _is_encrypted(s3, name)]
