"""A health check must answer quickly, even when the service does not.

`check_health(url, timeout)` GETs `url` and returns "up" for a 2xx answer,
"down" for an error status or when nothing is listening, and "timeout" when the
service takes longer than `timeout` seconds to answer. It never raises. Without
a timeout, requests waits for a stuck server forever.
"""
import requests


def check_health(url, timeout=2.0):
    # TODO: a slow service makes requests raise requests.Timeout, and a port
    #       nobody listens on raises requests.ConnectionError. Turn them into
    #       "timeout" and "down".
    response = requests.get(url, timeout=timeout)
    return "up" if response.ok else "down"


# --- tests: read them, don't change them ---
# A small service runs on 127.0.0.1 in a thread. Its /stuck page never
# answers: it waits until the client gives up, or hangs up after half a
# second - five times longer than the client should wait.
import json
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class ServiceHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):
        if self.path == "/stuck":
            select.select([self.connection], [], [], 0.5)  # until the client hangs up
            return  # close without answering
        status = 200 if self.path == "/health" else 503
        body = json.dumps({"status": "ok" if status == 200 else "degraded"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def service(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), ServiceHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def closed_port():
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_healthy_service_is_up(service):
    assert check_health(f"{service}/health") == "up"


def test_error_status_is_down(service):
    assert check_health(f"{service}/degraded") == "down"


def test_stuck_service_times_out(service):
    assert check_health(f"{service}/stuck", timeout=0.1) == "timeout"


def test_nothing_listening_is_down(closed_port):
    assert check_health(f"http://127.0.0.1:{closed_port}/health", timeout=2) == "down"
