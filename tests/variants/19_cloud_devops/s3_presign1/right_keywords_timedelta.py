from datetime import timedelta


def _seconds(minutes):
    return int(timedelta(minutes=minutes).total_seconds())


def download_link(s3, bucket, key, minutes):
    return s3.generate_presigned_url(
        ClientMethod="get_object",
        Params={"Bucket": bucket, "Key": key},
        ExpiresIn=_seconds(minutes),
    )


def upload_link(s3, bucket, key, content_type, minutes):
    params = dict(Bucket=bucket, Key=key, ContentType=content_type)
    return s3.generate_presigned_url("put_object", params, _seconds(minutes), "PUT")
