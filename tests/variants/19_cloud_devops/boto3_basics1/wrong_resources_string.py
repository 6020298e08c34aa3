"""AWS SDK (boto3): calling AWS APIs and shaping the answers.

A boto3 client method mirrors one AWS API call: keyword arguments in, a dict out.
`bucket_names` must return just the bucket names, sorted. `tag_instance` must turn a plain
{key: value} dict into the list of {"Key": ..., "Value": ...} pairs that EC2's CreateTags
expects. The tests answer the calls with botocore's Stubber: no AWS account, no network.
"""


def bucket_names(s3) -> list[str]:
    response = s3.list_buckets()
    return sorted(bucket["Name"] for bucket in response["Buckets"])


def tag_instance(ec2, instance_id: str, tags: dict[str, str]) -> None:
    ec2.create_tags(
        Resources=instance_id,
        Tags=[{"Key": key, "Value": value} for key, value in tags.items()],
    )
