"""A fake MikroTik router for the tests: a small part of the RouterOS v7 REST API.

It runs on 127.0.0.1 in a thread with the standard library's http.server, checks HTTP basic
auth (admin / lab-pass) and answers like RouterOS does: every value is a string, PUT creates
an item, DELETE removes one by its ".id", and errors are JSON objects with "error",
"message" and "detail".
"""
import base64
import ipaddress
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import pytest

USERNAME, PASSWORD = "admin", "lab-pass"


class FakeRouter:
    def __init__(self):
        self.interfaces = [
            {".id": "*1", "name": "ether1", "type": "ether", "running": "true",
             "disabled": "false", "mtu": "1500"},
            {".id": "*2", "name": "ether2", "type": "ether", "running": "false",
             "disabled": "false", "mtu": "1500"},
            {".id": "*3", "name": "ether3", "type": "ether", "running": "false",
             "disabled": "true", "mtu": "1500"},
            {".id": "*4", "name": "ether4", "type": "ether", "running": "false",
             "disabled": "false", "mtu": "1500"},
            {".id": "*5", "name": "bridge-lan", "type": "bridge", "running": "true",
             "disabled": "false", "mtu": "auto"},
        ]
        self.addresses = [
            {".id": "*1", "address": "192.168.88.1/24", "interface": "bridge-lan",
             "network": "192.168.88.0", "disabled": "false", "dynamic": "false"},
        ]
        self.next_id = 2
        self.requests = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # keep the test output clean

    @property
    def router(self) -> FakeRouter:
        return self.server.router

    def send_json(self, status, body=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, message, detail=None):
        body = {"error": status, "message": message}
        if detail:
            body["detail"] = detail
        self.send_json(status, body)

    def authorised(self):
        expected = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") == expected:
            return True
        self.error(401, "Unauthorized")
        return False

    def start(self):
        url = urlsplit(self.path)
        self.router.requests.append((self.command, url.path))
        return url.path, dict(parse_qsl(url.query))

    def read_json(self):
        length = int(self.headers.get("Content-Length", 0))
        try:
            return json.loads(self.rfile.read(length) or b"null")
        except ValueError:
            return None

    def do_GET(self):
        path, query = self.start()
        if not self.authorised():
            return
        items = {"/rest/interface": self.router.interfaces,
                 "/rest/ip/address": self.router.addresses}.get(path)
        if items is None:
            return self.error(404, "Not Found")
        matching = [i for i in items if all(i.get(k) == v for k, v in query.items())]
        self.send_json(200, matching)

    def do_PUT(self):
        path, _ = self.start()
        if not self.authorised():
            return
        if path != "/rest/ip/address":
            return self.error(404, "Not Found")
        data = self.read_json()
        if not isinstance(data, dict) or "address" not in data or "interface" not in data:
            return self.error(400, "Bad Request", "missing address or interface")
        try:
            network = ipaddress.ip_interface(data["address"]).network
        except ValueError:
            return self.error(400, "Bad Request", f"invalid value for argument address")
        if data["interface"] not in {i["name"] for i in self.router.interfaces}:
            return self.error(400, "Bad Request", "input does not match any value of interface")
        if any(a["address"] == data["address"] for a in self.router.addresses):
            return self.error(400, "Bad Request", "failure: already have such address")
        item = {".id": f"*{self.router.next_id}", "address": data["address"],
                "interface": data["interface"], "network": str(network.network_address),
                "disabled": "false", "dynamic": "false"}
        self.router.next_id += 1
        self.router.addresses.append(item)
        self.send_json(201, item)

    def do_POST(self):
        self.start()
        if self.authorised():
            self.error(400, "Bad Request", "no such command")

    def do_PATCH(self):
        self.do_POST()

    def do_DELETE(self):
        path, _ = self.start()
        if not self.authorised():
            return
        prefix = "/rest/ip/address/"
        if path.startswith(prefix):
            item_id = path[len(prefix):]
            for item in self.router.addresses:
                if item[".id"] == item_id:
                    self.router.addresses.remove(item)
                    return self.send_json(204)
        self.error(404, "Not Found", "no such item")


@pytest.fixture
def router(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.router = FakeRouter()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    server.router.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server.router
    server.shutdown()
    server.server_close()
