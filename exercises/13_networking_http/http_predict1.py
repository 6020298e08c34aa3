"""Predict: status codes, redirects and methods, as requests sees them.

A small docs server answers like this:
    GET  /old-docs   301 Moved Permanently, Location: /docs
    GET  /docs       200 OK, the text "welcome"   (HEAD /docs: the same, no body)
    POST /docs       405 Method Not Allowed, Allow: GET, HEAD
    anything else    404 Not Found
Read `main()` below and write what it prints, line by line, in PREDICTION.
Don't run it first: work it out, then let the tests check you.
"""
import requests


def main(base):
    response = requests.get(f"{base}/old-docs", timeout=5)
    print(response.status_code, response.text)
    print([r.status_code for r in response.history])

    response = requests.get(f"{base}/old-docs", allow_redirects=False, timeout=5)
    print(response.status_code, response.headers["Location"])

    response = requests.head(f"{base}/old-docs", timeout=5)
    print(response.status_code, repr(response.text))

    response = requests.post(f"{base}/docs", json={"page": "new"}, timeout=5)
    print(response.status_code, response.ok, response.headers["Allow"])

    response = requests.get(f"{base}/missing", timeout=5)
    print(response.status_code, bool(response))
    try:
        response.raise_for_status()
        print("no error")
    except requests.HTTPError as err:
        print("HTTPError", err.response.status_code)


# TODO: write what main() prints, one line per print()
PREDICTION = """
"""


# --- tests: read them, don't change them ---
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from coursekit import assert_literal, assert_prediction


class DocsHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def answer(self, status, headers=(), body=b""):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        if self.path == "/old-docs":
            return self.answer(301, [("Location", "/docs")])
        if self.path == "/docs":
            return self.answer(200, [("Content-Type", "text/plain")], b"welcome")
        self.answer(404, [("Content-Type", "text/plain")], b"not found")

    do_HEAD = do_GET

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/docs":
            return self.answer(405, [("Allow", "GET, HEAD")])
        self.answer(404)


@pytest.fixture
def server(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), DocsHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_prediction_is_written_out():
    assert_literal(sys.modules[__name__], "PREDICTION")


def test_prediction(server, capsys):
    main(server)
    assert_prediction(PREDICTION, capsys.readouterr().out)
