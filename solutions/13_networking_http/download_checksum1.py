"""Download a big file in chunks, and check it against its SHA-256.

`download(url, dest, expected_sha256)` GETs `url`, writes the body to the file
`dest` and returns the number of bytes written. A release archive may be
gigabytes: never hold the whole body in memory, but stream the response and
write it chunk by chunk. Then compare the file's SHA-256 (as hex) with
`expected_sha256`; when they differ, delete `dest` and raise ValueError - a
truncated or tampered download must not stay where a deploy script would pick
it up.
"""
import hashlib
import os

import requests


def download(url, dest, expected_sha256):
    with requests.get(url, timeout=10, stream=True) as response:
        response.raise_for_status()
        digest = hashlib.sha256()
        size = 0
        with open(dest, "wb") as f:
            for data in response.iter_content(chunk_size=64 * 1024):
                f.write(data)
                digest.update(data)
                size += len(data)
    if digest.hexdigest() != expected_sha256:
        os.remove(dest)
        raise ValueError(f"{url}: SHA-256 {digest.hexdigest()}, expected {expected_sha256}")
    return size


# --- tests: read them, don't change them ---
# A file server runs on 127.0.0.1 in a thread. /release.tar.gz is 1 MiB;
# /truncated.tar.gz is the same file with its last bytes missing.
import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

RELEASE = bytes(range(256)) * 4096  # 1 MiB
RELEASE_SHA256 = hashlib.sha256(RELEASE).hexdigest()


class FileHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):
        files = {"/release.tar.gz": RELEASE, "/truncated.tar.gz": RELEASE[:-1000]}
        if self.path not in files:
            return self.send_error(404)
        body = files[self.path]
        self.send_response(200)
        self.send_header("Content-Type", "application/gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FileHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def no_whole_body(monkeypatch):
    def whole_body(response):
        pytest.fail("the whole body was read into memory at once (response.content): "
                    "stream it", pytrace=False)

    monkeypatch.setattr(requests.Response, "content", property(whole_body))


def test_downloads_the_file(server, tmp_path):
    dest = tmp_path / "release.tar.gz"
    assert download(f"{server}/release.tar.gz", dest, RELEASE_SHA256) == len(RELEASE)
    assert dest.read_bytes() == RELEASE


def test_body_is_streamed(server, tmp_path, no_whole_body):
    dest = tmp_path / "release.tar.gz"
    download(f"{server}/release.tar.gz", dest, RELEASE_SHA256)
    assert dest.stat().st_size == len(RELEASE)


def test_wrong_digest_raises_and_deletes_the_file(server, tmp_path):
    dest = tmp_path / "release.tar.gz"
    with pytest.raises(ValueError):
        download(f"{server}/truncated.tar.gz", dest, RELEASE_SHA256)
    assert not dest.exists(), "the bad download is still there"


def test_http_error_raises(server, tmp_path):
    with pytest.raises(requests.HTTPError):
        download(f"{server}/missing.tar.gz", tmp_path / "x", RELEASE_SHA256)
