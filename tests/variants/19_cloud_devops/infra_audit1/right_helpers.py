from botocore.exceptions import ClientError

NO_BLOCK = "NoSuchPublicAccessBlockConfiguration"


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


def _is_blocked(s3, name):
    try:
        settings = s3.get_public_access_block(Bucket=name)["PublicAccessBlockConfiguration"]
    except s3.exceptions.ClientError as err:
        if err.response["Error"]["Code"] == NO_BLOCK:
            return False
        raise
    return all(settings[key] for key in settings)


def open_buckets(s3):
    names = [b["Name"] for b in s3.list_buckets()["Buckets"]]
    return [name for name in names if not _is_blocked(s3, name)]
