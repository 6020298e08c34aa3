"""API-based automation: Cisco RESTCONF.

IOS XE switches expose their configuration over RESTCONF (RFC 8040), a REST API on top of
YANG data models. An interface lives at
    /restconf/data/ietf-interfaces:interfaces/interface=<name>
RESTCONF is strict about two things:
- the name is ONE path segment, so the "/" in "GigabitEthernet1/0/1" must be percent-encoded;
- it speaks YANG JSON: send and accept the media type "application/yang-data+json", not
  plain "application/json" (the device answers 406 or 415 otherwise).
"""
from urllib.parse import quote

import requests

TIMEOUT = 5
YANG_JSON = "application/yang-data+json"


def interface_url(base_url: str, name: str) -> str:
    key = quote(name, safe="")
    return f"{base_url}/restconf/data/ietf-interfaces:interfaces/interface={key}"


def get_interface(base_url: str, auth: tuple[str, str], name: str) -> dict:
    """The interface's configuration: {"name": ..., "description": ..., "enabled": ...}."""
    response = requests.get(interface_url(base_url, name), auth=auth,
                            headers={"Accept": YANG_JSON}, timeout=TIMEOUT)
    response.raise_for_status()
    return response.json()["ietf-interfaces:interface"]


def set_description(base_url: str, auth: tuple[str, str], name: str, description: str) -> None:
    """Change only the description of an interface (PATCH merges into what is there)."""
    body = {"ietf-interfaces:interface": {"name": name, "description": description}}
    response = requests.patch(interface_url(base_url, name), json=body, auth=auth,
                              headers={"Content-Type": YANG_JSON}, timeout=TIMEOUT)
    response.raise_for_status()


# --- tests: read them, don't change them ---
import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import pytest

AUTH = ("admin", "lab-pass")
MEDIA_TYPE = "application/yang-data+json"
PREFIX = "/restconf/data/ietf-interfaces:interfaces/interface="


class FakeSwitch(BaseHTTPRequestHandler):
    """A small part of IOS XE's RESTCONF API, with its strict rules."""

    def log_message(self, format, *args):
        pass

    def interface(self):
        """The interface the path names, or None after answering with an error."""
        expected = "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()
        if self.headers.get("Authorization") != expected:
            return self.error(401, "access-denied")
        if not self.path.startswith(PREFIX) or "/" in self.path[len(PREFIX):]:
            return self.error(404, "invalid-value", "uri keypath not found")
        name = unquote(self.path[len(PREFIX):])
        if name not in self.server.interfaces:
            return self.error(404, "invalid-value", "uri keypath not found")
        return self.server.interfaces[name]

    def do_GET(self):
        if MEDIA_TYPE not in self.headers.get("Accept", ""):
            return self.error(406, "operation-not-supported", "use application/yang-data+json")
        item = self.interface()
        if item is not None:
            self.reply(200, {"ietf-interfaces:interface": item})

    def do_PATCH(self):
        if self.headers.get("Content-Type", "").split(";")[0].strip() != MEDIA_TYPE:
            return self.error(415, "operation-not-supported", "use application/yang-data+json")
        item = self.interface()
        if item is None:
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        change = body.get("ietf-interfaces:interface", {})
        if change.get("name") != item["name"]:
            return self.error(400, "invalid-value", "the name in the body must match the URI")
        item.update(change)
        self.reply(204)

    def error(self, status, tag, message=""):
        self.reply(status, {"ietf-restconf:errors": {"error": [
            {"error-type": "application", "error-tag": tag, "error-message": message}]}})
        return None

    def reply(self, status, body=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", MEDIA_TYPE)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def switch(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSwitch)
    server.interfaces = {
        name: {"name": name, "description": description, "enabled": True,
               "type": "iana-if-type:ethernetCsmacd"}
        for name, description in [("GigabitEthernet1/0/1", "uplink core-01"),
                                  ("GigabitEthernet1/0/2", ""),
                                  ("Loopback0", "router id")]
    }
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_get_an_interface_without_a_slash(switch):
    assert get_interface(switch.base_url, AUTH, "Loopback0")["description"] == "router id"


def test_get_an_interface_with_slashes_in_its_name(switch):
    item = get_interface(switch.base_url, AUTH, "GigabitEthernet1/0/1")
    assert item["name"] == "GigabitEthernet1/0/1"
    assert item["description"] == "uplink core-01"


def test_set_a_description(switch):
    set_description(switch.base_url, AUTH, "GigabitEthernet1/0/2", "to ap-3f-12")
    assert switch.interfaces["GigabitEthernet1/0/2"]["description"] == "to ap-3f-12"
    assert switch.interfaces["GigabitEthernet1/0/2"]["enabled"] is True
    assert switch.interfaces["GigabitEthernet1/0/1"]["description"] == "uplink core-01"


def test_set_then_get(switch):
    set_description(switch.base_url, AUTH, "Loopback0", "router id, do not delete")
    assert get_interface(switch.base_url, AUTH, "Loopback0")["description"] == (
        "router id, do not delete")


def test_an_unknown_interface_raises(switch):
    with pytest.raises(requests.HTTPError):
        set_description(switch.base_url, AUTH, "GigabitEthernet9/0/9", "nothing here")
    with pytest.raises(requests.HTTPError):
        get_interface(switch.base_url, AUTH, "GigabitEthernet9/0/9")
