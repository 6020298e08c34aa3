def bucket_names(s3):
    return sorted(b["Name"] for b in s3.list_buckets()["Buckets"])


def tag_instance(ec2, instance_id, tags):
    ec2.create_tags(
        Resources=[instance_id],
        Tags=[{"Key": key, "Value": key + "=" + value} for key, value in tags.items()],
    )
