from botocore.exceptions import ClientError

NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError"


def untagged_instances(ec2, required):
    missing = []
    for page in ec2.get_paginator("describe_instances").paginate():
        for reservation in page["Reservations"]:
            for instance in reservation["Instances"]:
                keys = {tag["Key"] for tag in instance.get("Tags", [])}
                if not keys & required:
                    missing.append(instance["InstanceId"])
    return missing


def unencrypted_buckets(s3):
    found = []
    for bucket in s3.list_buckets()["Buckets"]:
        try:
            s3.get_bucket_encryption(Bucket=bucket["Name"])
        except ClientError as err:
            if err.response["Error"]["Code"] != NO_ENCRYPTION:
                raise
            found.append(bucket["Name"])
    return found
