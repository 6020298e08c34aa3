"""Retry a flaky service, with exponential backoff.

`backoff_delays(base, attempts)` returns the waits between `attempts` tries:
base, then twice that, then twice again (0.5, 4 -> [0.5, 1.0, 2.0]).
`fetch_with_retries(url, attempts, backoff)` GETs `url` at most `attempts`
times: a 5xx answer means "try again after the next delay"; a success returns
the JSON body. A 4xx is never retried, and when no try succeeds an exception
derived from requests.RequestException is raised (raise_for_status() does that).
"""
import time

import requests


def backoff_delays(base, attempts):
    return [base * 2**n for n in range(attempts - 1)]


def fetch_with_retries(url, attempts=3, backoff=0.001):
    delays = backoff_delays(backoff, attempts)
    for attempt in range(attempts):
        response = requests.get(url, timeout=2)
        if response.status_code >= 500 and attempt < attempts - 1:
            time.sleep(delays[attempt])
            continue
        response.raise_for_status()
        return response.json()


# --- tests: read them, don't change them ---
# A flaky service runs on 127.0.0.1 in a thread: /flaky?fail=N answers
# "503 Service Unavailable" N times, then succeeds. It counts every request.
import collections
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests


class FlakyHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):
        url = urlsplit(self.path)
        with self.server.lock:
            self.server.hits[url.path] += 1
            hit = self.server.hits[url.path]
        if url.path != "/flaky":
            return self.send_error(404)
        fail = int(parse_qs(url.query)["fail"][0])
        if hit <= fail:
            return self.send_error(503)
        body = json.dumps({"ok": True, "attempt": hit}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def service(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FlakyHandler)
    server.hits = collections.Counter()
    server.lock = threading.Lock()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_backoff_doubles():
    assert backoff_delays(0.5, 4) == [0.5, 1.0, 2.0]


def test_backoff_for_one_attempt_is_empty():
    assert backoff_delays(0.5, 1) == []


def test_success_needs_one_request(service):
    assert fetch_with_retries(f"{service.url}/flaky?fail=0") == {"ok": True, "attempt": 1}
    assert service.hits["/flaky"] == 1


def test_recovers_after_two_failures(service):
    result = fetch_with_retries(f"{service.url}/flaky?fail=2", attempts=3, backoff=0.001)
    assert result == {"ok": True, "attempt": 3}
    assert service.hits["/flaky"] == 3


def test_gives_up_after_the_last_attempt(service):
    with pytest.raises(requests.RequestException):
        fetch_with_retries(f"{service.url}/flaky?fail=9", attempts=4, backoff=0.001)
    assert service.hits["/flaky"] == 4


def test_waits_the_delays_between_tries(service, monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    fetch_with_retries(f"{service.url}/flaky?fail=2", attempts=4, backoff=0.25)
    assert waits == [0.25, 0.5]


def test_no_wait_after_the_last_try(service, monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    with pytest.raises(requests.RequestException):
        fetch_with_retries(f"{service.url}/flaky?fail=9", attempts=3, backoff=0.25)
    assert waits == [0.25, 0.5]


def test_client_error_is_not_retried(service):
    with pytest.raises(requests.RequestException):
        fetch_with_retries(f"{service.url}/missing", attempts=3, backoff=0.001)
    assert service.hits["/missing"] == 1
