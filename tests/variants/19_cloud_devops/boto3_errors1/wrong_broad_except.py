from botocore.exceptions import ClientError


def bucket_exists(s3, name):
    try:
        s3.head_bucket(Bucket=name)
    except Exception as err:
        if isinstance(err, ClientError) and err.response["Error"]["Code"] != "404":
            raise
        return False
    return True


def read_setting(s3, bucket, key, default=None):
    try:
        response = s3.get_object(Bucket=bucket, Key=key)
    except ClientError as err:
        if err.response["Error"]["Code"] == "NoSuchKey":
            return default
        raise
    return response["Body"].read().decode()
