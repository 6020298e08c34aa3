"""AWS SDK (boto3): presigned S3 URLs.

A presigned URL lets someone without AWS credentials download or upload ONE object for a
limited time: boto3 signs the request with your credentials, offline, and puts the
signature and the lifetime into the URL. `download_link` must make a GET link that works for
`minutes` minutes. `upload_link` must make a link for uploading (S3's PutObject) that only
accepts the given content type: the content type must be part of what is signed.
"""


def download_link(s3, bucket: str, key: str, minutes: int) -> str:
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=minutes * 60
    )


def upload_link(s3, bucket: str, key: str, content_type: str, minutes: int) -> str:
    return s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": bucket, "Key": key, "ResponseContentType": content_type},
        HttpMethod="PUT",
        ExpiresIn=minutes * 60,
    )
