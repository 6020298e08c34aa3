def all_instance_ids(ec2):
    paginator = ec2.get_paginator("describe_instances")
    return list(paginator.paginate().search("Reservations[].Instances[].InstanceId"))


def object_keys(s3, bucket, prefix=""):
    keys = []
    kwargs = {"Bucket": bucket, "Prefix": prefix}
    while True:
        page = s3.list_objects_v2(**kwargs)
        for obj in page.get("Contents", []):
            keys.append(obj["Key"])
        if not page.get("IsTruncated"):
            return keys
        kwargs["ContinuationToken"] = page["NextContinuationToken"]
