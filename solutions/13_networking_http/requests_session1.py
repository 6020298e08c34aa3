"""One requests.Session for many calls: shared headers, one connection, timeouts.

`InventoryClient(base_url, token)` talks to an inventory API. Every request it
sends must carry the headers "Authorization: Bearer <token>" and
"User-Agent: inventory-sync/1.0", and must have a timeout: a stuck server must
not hang the nightly sync. `hosts()` GETs /hosts and `host(name)` GETs
/hosts/<name>; both return the JSON body and raise requests.HTTPError for an
error status. Use ONE requests.Session per client: it sends the headers you set
on it with every request, and it keeps the connection open for the next call
instead of opening a new one each time. `close()` closes the session.
"""
import requests

USER_AGENT = "inventory-sync/1.0"


class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}",
                                     "User-Agent": USER_AGENT})

    def hosts(self):
        response = self.session.get(f"{self.base_url}/hosts", timeout=5)
        response.raise_for_status()
        return response.json()

    def host(self, name):
        response = self.session.get(f"{self.base_url}/hosts/{name}", timeout=5)
        response.raise_for_status()
        return response.json()

    def close(self):
        self.session.close()


# --- tests: read them, don't change them ---
# A small inventory API runs on 127.0.0.1 in a thread. It keeps connections
# open between requests (HTTP/1.1 keep-alive) and counts how many it got.
import inspect
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from requests.adapters import HTTPAdapter

TOKEN = "inv-7f3a"
HOSTS = {"web1": {"name": "web1", "os": "debian"}, "db1": {"name": "db1", "os": "rhel"}}


class InventoryHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep the test output quiet
        pass

    def setup(self):
        super().setup()
        with self.server.lock:
            self.server.connections += 1

    def finish(self):
        super().finish()
        self.server.closed.set()

    def send_json(self, status, data):
        body = json.dumps(data).encode()
        self.send_response(status, data.get("error") if status >= 400 else None)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.send_json(401, {"error": "missing or wrong token"})
        if self.headers.get("User-Agent") != "inventory-sync/1.0":
            return self.send_json(400, {"error": "unknown User-Agent"})
        if self.path == "/hosts":
            return self.send_json(200, sorted(HOSTS))
        name = self.path.removeprefix("/hosts/")
        if name in HOSTS:
            return self.send_json(200, HOSTS[name])
        self.send_json(404, {"error": "no such host"})


@pytest.fixture
def api(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), InventoryHandler)
    server.daemon_threads = True
    server.connections = 0
    server.lock = threading.Lock()
    server.closed = threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def client(api):
    client = InventoryClient(api.url, TOKEN)
    yield client
    client.close()


@pytest.fixture
def timeouts(monkeypatch):
    """The timeout each request was sent with (None: no timeout)."""
    seen = []
    real_send = HTTPAdapter.send
    signature = inspect.signature(real_send)

    def spy(*args, **kwargs):
        seen.append(signature.bind(*args, **kwargs).arguments.get("timeout"))
        return real_send(*args, **kwargs)

    monkeypatch.setattr(HTTPAdapter, "send", spy)
    return seen


def test_hosts(client):
    assert client.hosts() == ["db1", "web1"]


def test_one_host(client):
    assert client.host("db1") == {"name": "db1", "os": "rhel"}


def test_missing_host_raises(client):
    with pytest.raises(requests.HTTPError) as info:
        client.host("mail1")
    assert info.value.response.status_code == 404


def test_every_request_has_a_timeout(client, timeouts):
    client.hosts()
    client.host("web1")
    assert len(timeouts) == 2
    assert None not in timeouts, "a request went out without a timeout"


def test_one_connection_for_many_calls(api, client):
    client.hosts()
    client.host("web1")
    client.host("db1")
    assert api.connections == 1, f"{api.connections} connections for 3 calls"


def test_close_closes_the_connection(api):
    client = InventoryClient(api.url, TOKEN)
    client.hosts()
    client.close()
    assert api.closed.wait(0.5), "the connection is still open after close()"
