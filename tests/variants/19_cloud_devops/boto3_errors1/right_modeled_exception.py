from botocore.exceptions import ClientError

MISSING = {"404", "NoSuchBucket"}


def bucket_exists(s3, name):
    try:
        s3.head_bucket(Bucket=name)
        return True
    except ClientError as err:
        code = err.response.get("Error", {}).get("Code")
        if code not in MISSING:
            raise
        return False


def read_setting(s3, bucket, key, default=None):
    try:
        body = s3.get_object(Bucket=bucket, Key=key)["Body"]
    except s3.exceptions.NoSuchKey:
        return default
    with body:
        return body.read().decode("utf-8")
