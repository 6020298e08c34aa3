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
        read_timeout=10,
    )
    return boto3.client("s3", region_name="eu-central-1", endpoint_url=endpoint_url,
                        config=config)


def bucket_names(s3) -> list[str]:
    return [bucket["Name"] for bucket in s3.list_buckets()["Buckets"]]


# --- tests: read them, don't change them ---
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from botocore.exceptions import ClientError

BUCKETS = b"""<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Owner><ID>abc123</ID></Owner><Buckets>
<Bucket><Name>tf-state</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket>
<Bucket><Name>backups</Name><CreationDate>2024-02-01T00:00:00.000Z</CreationDate></Bucket>
</Buckets></ListAllMyBucketsResult>"""


def s3_error(code, message):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>{code}</Code><Message>{message}</Message></Error>""".encode()


class FlakyS3(BaseHTTPRequestHandler):
    """Answers ListBuckets, after `failures` answers of `error` (status, body)."""

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.server.requests += 1
        if self.server.requests <= self.server.failures:
            status, body = self.server.error
        else:
            status, body = 200, BUCKETS
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def s3_server(monkeypatch):
    # Only what the code configures counts: no AWS settings from your machine.
    for name in ("AWS_PROFILE", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FlakyS3)
    server.requests = 0
    server.failures = 0
    server.error = (503, s3_error("SlowDown", "Please reduce your request rate."))
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    server.waits = []
    monkeypatch.setattr(time, "sleep", server.waits.append)  # the backoff, without waiting
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_healthy_server_answers_at_once(s3_server):
    assert bucket_names(make_client(s3_server.url)) == ["tf-state", "backups"]
    assert s3_server.requests == 1


def test_a_short_outage_is_retried(s3_server):
    s3_server.failures = 4
    assert bucket_names(make_client(s3_server.url)) == ["tf-state", "backups"]
    assert s3_server.requests == 5
    assert len(s3_server.waits) == 4, "every retry waits a little first"


def test_at_most_five_attempts(s3_server):
    s3_server.failures = 100
    with pytest.raises(ClientError):
        bucket_names(make_client(s3_server.url))
    attempts = s3_server.requests
    assert attempts == 5, f"{attempts} attempts were made; at most 5 are allowed"


def test_a_client_error_is_not_retried(s3_server):
    s3_server.failures = 100
    s3_server.error = (403, s3_error("AccessDenied", "Access Denied"))
    with pytest.raises(ClientError):
        bucket_names(make_client(s3_server.url))
    assert s3_server.requests == 1


def test_timeouts(s3_server):
    config = make_client(s3_server.url).meta.config
    assert (config.connect_timeout, config.read_timeout) == (3, 10)
