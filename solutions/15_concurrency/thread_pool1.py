"""Many slow network calls at once: a thread pool.

`fetch_all(urls, max_workers=4)` downloads every URL with `fetch_one` and
returns the JSON bodies in the SAME order as `urls`. A request spends nearly
all its time waiting for the network, and a waiting thread lets the others
run, so threads make this fast. Run the calls in a
concurrent.futures.ThreadPoolExecutor with `max_workers` threads.
"""
from concurrent.futures import ThreadPoolExecutor

import requests


def fetch_one(url):
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.json()


def fetch_all(urls, max_workers=4):
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(fetch_one, urls))


# --- tests: read them, don't change them ---
# The test server answers /together/... only when 4 such requests are waiting
# at the same time (a threading.Barrier). Requests sent one after the other
# wait in vain: after half a second the server gives up and answers 503.
# Other paths are answered at once.
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class TogetherHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):
        if self.path.startswith("/together/"):
            try:
                self.server.barrier.wait()
            except threading.BrokenBarrierError:
                return self.send_error(503, "requests did not overlap")
        body = json.dumps({"path": self.path}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), TogetherHandler)
    server.barrier = threading.Barrier(4, timeout=0.5)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.barrier.abort()
    server.shutdown()
    server.server_close()
    thread.join()


def test_four_requests_overlap(server):
    urls = [f"{server}/together/{n}" for n in range(4)]
    assert fetch_all(urls) == [{"path": f"/together/{n}"} for n in range(4)]


def test_results_keep_the_order_of_the_urls(server):
    urls = [f"{server}/host/{n}" for n in (7, 3, 5, 1, 0, 6, 2, 4)]
    assert fetch_all(urls) == [{"path": f"/host/{n}"} for n in (7, 3, 5, 1, 0, 6, 2, 4)]


def test_eight_requests_four_at_a_time(server):
    urls = [f"{server}/together/{n}" for n in range(8)]
    assert len(fetch_all(urls, max_workers=4)) == 8


class Gate:
    """Wraps fetch_one: every call waits at the gate until the test opens it,
    and the gate counts how many calls were waiting at the same time."""

    def __init__(self, fetch):
        self.fetch = fetch
        self.changed = threading.Condition()
        self.waiting = 0
        self.most = 0
        self.open = False

    def __call__(self, url):
        with self.changed:
            self.waiting += 1
            self.most = max(self.most, self.waiting)
            self.changed.notify_all()
            self.changed.wait_for(lambda: self.open, timeout=5)
        try:
            return self.fetch(url)
        finally:
            with self.changed:
                self.waiting -= 1

    def open_when_full(self, limit):
        with self.changed:
            self.changed.wait_for(lambda: self.waiting >= limit, timeout=0.5)
            self.changed.wait_for(lambda: self.waiting > limit, timeout=0.1)
            self.open = True
            self.changed.notify_all()


def test_at_most_max_workers_at_a_time(server, monkeypatch):
    gate = Gate(fetch_one)
    monkeypatch.setitem(globals(), "fetch_one", gate)
    urls = [f"{server}/host/{n}" for n in range(8)]
    results = []
    runner = threading.Thread(target=lambda: results.append(fetch_all(urls, max_workers=3)))
    runner.start()
    gate.open_when_full(3)
    runner.join(10)
    assert gate.most <= 3, f"{gate.most} calls at once with max_workers=3"
    assert results == [[{"path": f"/host/{n}"} for n in range(8)]]


def test_no_urls():
    assert fetch_all([]) == []
