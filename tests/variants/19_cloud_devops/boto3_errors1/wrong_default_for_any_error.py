"""AWS SDK (boto3): handling ClientError.

Every error an AWS service returns arrives as `botocore.exceptions.ClientError`; the code
in `err.response["Error"]["Code"]` says which one. `bucket_exists` must answer False only
for a missing bucket and let every other error (403 access denied, a network failure)
propagate.
`read_setting` returns the text of an S3 object, or `default` when the key doesn't exist.
"""
from botocore.exceptions import ClientError


def bucket_exists(s3, name: str) -> bool:
    try:
        s3.head_bucket(Bucket=name)
    except ClientError as err:
        if err.response["Error"]["Code"] in ("404", "NoSuchBucket"):
            return False
        raise
    return True


def read_setting(s3, bucket: str, key: str, default: str | None = None) -> str | None:
    try:
        response = s3.get_object(Bucket=bucket, Key=key)
    except ClientError as err:
        return default
    return response["Body"].read().decode()
