"""Use a third-party package for what it is made for: requests speaks HTTP.

requests is not part of Python. It is published on PyPI, the Python Package Index, and
`pip install -r requirements.txt` downloaded it into this course's virtual environment, into
its site-packages folder. That is what installing a package means, and it is why
`import requests` works here; on a Python without it, the import fails with
ModuleNotFoundError. Its documentation: https://requests.readthedocs.io

`fetch_alerts(base_url, host, limit=10)` asks a monitoring API for the open alerts of one host:
a GET request to base_url + "/api/alerts" with the query parameters host and limit. It returns
the JSON body of the answer, decoded: a list of alert dicts. The code below glues the URL
together by hand, which breaks on a host name with a space or a "&" in it. Send the request
with requests instead: requests.get() takes the query parameters as a dict (params=...) and
encodes them, and the response's .json() decodes the body. Pass timeout=5 as well: without a
timeout, a server that never answers makes the call wait forever.
"""
import requests


def fetch_alerts(base_url, host, limit=10):
    params = {"host": host, "limit": limit}
    response = requests.get(f"{base_url}/api/alerts", params=params, timeout=5)
    return response.json()


# --- tests: read them, don't change them ---
import http.server
import json
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

ALERTS = [
    {"host": "web 01&old", "check": "disk", "state": "critical"},
    {"host": "db01", "check": "replication", "state": "warning"},
    {"host": "db01", "check": "backup", "state": "critical"},
]


@pytest.fixture
def api(monkeypatch):
    """A small monitoring API on 127.0.0.1; it records every request it gets."""
    for name in ["NO_PROXY", "no_proxy"]:
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            url = urlsplit(self.path)
            query = parse_qs(url.query)
            seen.append({"path": url.path, "query": query,
                         "agent": self.headers.get("User-Agent", "")})
            host = query.get("host", [""])[0]
            limit = int(query.get("limit", ["10"])[0])
            body = json.dumps([a for a in ALERTS if a["host"] == host][:limit]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


def test_returns_the_decoded_alerts(api):
    base_url, _ = api
    assert fetch_alerts(base_url, "db01") == ALERTS[1:]


def test_asks_the_right_path_with_both_parameters(api):
    base_url, seen = api
    fetch_alerts(base_url, "db01", limit=1)
    fetch_alerts(base_url, "mail01")
    assert [r["path"] for r in seen] == ["/api/alerts", "/api/alerts"]
    assert [r["query"] for r in seen] == [
        {"host": ["db01"], "limit": ["1"]},
        {"host": ["mail01"], "limit": ["10"]},
    ]


def test_host_with_a_space_and_an_ampersand(api):
    base_url, seen = api
    assert fetch_alerts(base_url, "web 01&old") == ALERTS[:1]
    assert seen[0]["query"] == {"host": ["web 01&old"], "limit": ["10"]}


def test_the_request_is_sent_by_requests(api):
    base_url, seen = api
    fetch_alerts(base_url, "db01")
    assert seen[0]["agent"].startswith("python-requests/"), (
        f"the request came from {seen[0]['agent']!r}, not from requests"
    )


def test_a_timeout_is_given(api, monkeypatch):
    base_url, _ = api
    timeouts = []
    real_send = requests.adapters.HTTPAdapter.send

    def spy(self, request, **kwargs):
        timeouts.append(kwargs.get("timeout"))
        return real_send(self, request, **kwargs)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", spy)
    fetch_alerts(base_url, "db01")
    sent = timeouts[0] if timeouts else None
    assert timeouts == [5], f"the request was sent with timeout={sent}"
