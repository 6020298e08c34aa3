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
    pages = [s3.list_objects_v2(Bucket=bucket, Prefix=prefix)]
    for page in pages:
        keys.extend(obj["Key"] for obj in page.get("Contents", []))
    return keys
