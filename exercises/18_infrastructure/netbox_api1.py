"""API-based automation: reading an inventory from NetBox's REST API.

NetBox (the "source of truth" many network teams keep their devices in) answers
GET /api/dcim/devices/?site=ams with one page at a time:
    {"count": 120, "next": "<URL of the next page, or null>", "previous": ..., "results": [...]}
It wants the API token in a header, `Authorization: Token <token>`: a token in the URL would
end up in every proxy and server log. `site_devices` must return the names of ALL devices of
a site, in the order NetBox lists them.
"""
import requests

TIMEOUT = 5


def netbox_session(token: str) -> requests.Session:
    """A Session that authenticates every request it sends to NetBox."""
    session = requests.Session()
    session.headers["Accept"] = "application/json"
    # TODO: send the token in the Authorization header ("Token <token>"), not in the URL.
    session.params = {"token": token}
    return session


def site_devices(session: requests.Session, base_url: str, site: str) -> list[str]:
    """The names of every device of `site`."""
    response = session.get(
        f"{base_url}/api/dcim/devices/", params={"site": site, "limit": 50}, timeout=TIMEOUT
    )
    response.raise_for_status()
    # TODO: this is only the first page: follow "next" until it is null.
    return [device["name"] for device in response.json()["results"]]


# --- tests: read them, don't change them ---
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

TOKEN = "0123456789abcdef0123456789abcdef01234567"
MAX_PAGE = 50  # NetBox's MAX_PAGE_SIZE: a bigger ?limit= still gets 50


def make_devices():
    devices = []
    for number in range(1, 121):
        devices.append({"id": number, "name": f"ams-sw{number:03}", "site": "ams"})
        if number % 4 == 0:
            devices.append({"id": 1000 + number, "name": f"fra-sw{number:03}", "site": "fra"})
    return devices


class FakeNetBox(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        url = urlsplit(self.path)
        self.server.seen.append((self.path, self.headers.get("Authorization")))
        if self.headers.get("Authorization") != f"Token {TOKEN}":
            return self.answer(403, {"detail": "Authentication credentials were not provided."})
        if url.path != "/api/dcim/devices/":
            return self.answer(404, {"detail": "Not found."})
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        matching = [d for d in self.server.devices if d["site"] == query.get("site", d["site"])]
        limit = min(int(query.get("limit", MAX_PAGE)), MAX_PAGE)
        offset = int(query.get("offset", 0))
        following = None
        if offset + limit < len(matching):
            following = f"{self.server.base_url}{url.path}?" + urlencode(
                {**query, "limit": limit, "offset": offset + limit})
        self.answer(200, {"count": len(matching), "next": following, "previous": None,
                          "results": matching[offset:offset + limit]})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def netbox(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNetBox)
    server.devices = make_devices()
    server.seen = []
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_the_token_goes_in_the_authorization_header(netbox):
    session = netbox_session(TOKEN)
    site_devices(session, netbox.base_url, "fra")
    headers = {header for _, header in netbox.seen}
    assert headers == {f"Token {TOKEN}"}


def test_the_token_is_never_in_a_url(netbox):
    session = netbox_session(TOKEN)
    try:
        site_devices(session, netbox.base_url, "fra")
    except requests.HTTPError:
        pass
    leaked = sum(1 for path, _ in netbox.seen if TOKEN in path)
    assert leaked == 0, f"the token was in the URL of {leaked} request(s)"


def test_a_small_site_fits_on_one_page(netbox):
    names = site_devices(netbox_session(TOKEN), netbox.base_url, "fra")
    assert names == [f"fra-sw{number:03}" for number in range(4, 121, 4)]


def test_every_page_of_a_big_site(netbox):
    names = site_devices(netbox_session(TOKEN), netbox.base_url, "ams")
    count = len(names)
    assert count == 120, f"got {count} of the 120 devices of ams"
    assert names == [f"ams-sw{number:03}" for number in range(1, 121)]


def test_an_unknown_site_has_no_devices(netbox):
    assert site_devices(netbox_session(TOKEN), netbox.base_url, "lon") == []


def test_a_wrong_token_raises(netbox):
    with pytest.raises(requests.HTTPError):
        site_devices(netbox_session("not-the-token"), netbox.base_url, "ams")
