"""A fake config service on 127.0.0.1 (a random free port), shared by the tests."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TOKEN = "secret-token"
CONFIGS = {
    "core-sw1": "hostname core-sw1\nntp server 10.0.0.100\n",
    "core-sw2": "hostname core-sw2\nntp server 10.0.0.100\n",
    "edge-r1": "hostname edge-r1\ninterface Gi0/1\n shutdown\n",
}


class ConfigService(BaseHTTPRequestHandler):
    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.answer(401, {"error": "unauthorized"})
        if len(parts) != 5 or parts[:3] != ["api", "v1", "devices"] or parts[4] != "config":
            return self.answer(404, {"error": "no such endpoint"})
        name = parts[3]
        if name == "broken":
            return self.answer(500, {"error": "internal error"})
        if name == "garbled":
            return self.answer(200, "<html>maintenance</html>", raw=True)
        if name not in self.server.configs:
            return self.answer(404, {"error": f"unknown device {name}"})
        self.answer(200, {"device": name, "config": self.server.configs[name]})

    def answer(self, status, body, raw=False):
        data = (body if raw else json.dumps(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html" if raw else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ConfigService)
    httpd.daemon_threads = True
    httpd.configs = {}
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def service(server, monkeypatch):
    """The service's URL; its configs start as CONFIGS and tests may change them."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    server.configs = dict(CONFIGS)
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"
