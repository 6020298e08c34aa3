"""Python for cloud automation: retries and timeouts for AWS calls.

Cloud APIs fail now and then: a 503 "SlowDown", a throttled call, a dropped connection.
botocore retries such errors by itself, waiting a little longer each time, as far as its
client's configuration allows. The nightly backup job needs an S3 client that
- makes at most 5 attempts per call in total (the first one and up to 4 retries), and
- gives up connecting after 3 seconds, and waiting for an answer after 10 seconds.
Build that configuration in `make_client`.
"""
import boto3
from botocore.config import Config


def make_client(endpoint_url: str | None = None):
    """An S3 client for the backup job (endpoint_url: another S3-compatible server)."""
    config = Config(
        retries={"total_max_attempts": 5, "mode": "standard"},
        connect_timeout=3,
    )
    return boto3.client("s3", region_name="eu-central-1", endpoint_url=endpoint_url,
                        config=config)


def bucket_names(s3) -> list[str]:
    return [bucket["Name"] for bucket in s3.list_buckets()["Buckets"]]
