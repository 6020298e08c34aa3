"""Collect every page of a paginated REST API.

`all_items(url)` reads pages shaped like {"items": [...], "next": URL or None}
and follows "next" until it is None. `all_events(url)` reads pages that are
plain JSON lists; the URL of the next page is in the response's Link header
(`<URL>; rel="next"`), which is missing on the last page. Both return every
element of every page, in order, and fetch each page exactly once.
"""
import requests


def all_items(url):
    items = []
    data = requests.get(url, timeout=5).json()
    while data["next"]:
        items.extend(data["items"])
        data = requests.get(data["next"], timeout=5).json()
    # TODO: the loop stops when "next" is None - but that last page has items too
    return items


def all_events(url):
    events = []
    response = requests.get(url, timeout=5)
    events.extend(response.json())
    # TODO: keep going while the response has a "next" link (requests parses
    #       the Link header for you)
    return events


# --- tests: read them, don't change them ---
# A small paginated API runs on 127.0.0.1 in a thread while the tests run.
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

ITEMS = [f"item-{n}" for n in range(1, 24)]           # 23 items, 10 a page
EVENTS = [{"id": n, "kind": "deploy"} for n in range(1, 11)]
CURSORS = {"": (0, "b"), "b": (4, "c"), "c": (8, None)}  # cursor -> (start, next)


class PageHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def send_json(self, data, headers=None):
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.hits.append(self.path)
        url = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(url.query).items()}
        base = f"http://127.0.0.1:{self.server.server_port}"
        if url.path == "/items":
            page = int(query.get("page", "1"))
            chunk = ITEMS[(page - 1) * 10:page * 10]
            more = page * 10 < len(ITEMS)
            self.send_json({"items": chunk,
                            "next": f"{base}/items?page={page + 1}" if more else None})
        elif url.path == "/events":
            start, next_cursor = CURSORS[query.get("cursor", "")]
            headers = {}
            if next_cursor:
                headers["Link"] = f'<{base}/events?cursor={next_cursor}>; rel="next"'
            self.send_json(EVENTS[start:start + 4], headers)
        else:
            self.send_error(404)


@pytest.fixture
def api(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), PageHandler)
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def url_of(server, path):
    return f"http://127.0.0.1:{server.server_port}{path}"


def test_all_items_from_every_page(api):
    assert all_items(url_of(api, "/items")) == ITEMS


def test_each_items_page_fetched_once(api):
    all_items(url_of(api, "/items"))
    assert api.hits == ["/items", "/items?page=2", "/items?page=3"]


def test_all_events_follow_the_link_header(api):
    assert all_events(url_of(api, "/events")) == EVENTS


def test_each_events_page_fetched_once(api):
    all_events(url_of(api, "/events"))
    assert api.hits == ["/events", "/events?cursor=b", "/events?cursor=c"]
