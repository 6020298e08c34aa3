"""Use a REST API: POST creates, PATCH changes, DELETE removes.

The ticket API at `base_url` takes and returns JSON. `create_ticket` POSTs
{"title": ..., "priority": ...} to /tickets and returns the created ticket
(a dict, with the "id" the server gave it). `close_ticket` PATCHes one ticket's
status. `delete_ticket` DELETEs /tickets/{id}: True when it was deleted, False
when there was no such ticket (404); other errors raise requests.HTTPError.
"""
import requests


def create_ticket(base_url, title, priority="normal"):
    payload = {"title": title, "priority": priority}
    response = requests.post(f"{base_url}/tickets", json=payload, timeout=5)
    response.raise_for_status()
    return response.json()


def close_ticket(base_url, ticket_id):
    response = requests.patch(f"{base_url}/tickets/{ticket_id}",
                              json={"status": "closed"}, timeout=5)
    response.raise_for_status()
    return response.json()


def delete_ticket(base_url, ticket_id):
    response = requests.delete(f"{base_url}/tickets/{ticket_id}", timeout=5)
    if response.status_code == 404:
        return False
    response.raise_for_status()
    return True


# --- tests: read them, don't change them ---
# A small ticket API runs on 127.0.0.1 in a thread while the tests run.
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests


class TicketHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def send_json(self, status, data=None, headers=None):
        body = b"" if data is None else json.dumps(data).encode()
        self.send_response(status)
        if data is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def read_json(self):
        """The request's JSON body, or None after answering with an error."""
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            self.send_json(415, {"error": "send JSON (Content-Type: application/json)"})
            return None
        length = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(length))

    def ticket(self):
        tickets = self.server.tickets
        ticket_id = self.path.removeprefix("/tickets/")
        if ticket_id not in tickets:
            self.send_json(404, {"error": "no such ticket"})
            return None
        return tickets[ticket_id]

    def do_POST(self):
        data = self.read_json()
        if data is None:
            return
        if not data.get("title"):
            return self.send_json(400, {"error": "title is required"})
        ticket_id = str(len(self.server.tickets) + 1)
        ticket = {"id": int(ticket_id), "title": data["title"],
                  "priority": data.get("priority", "normal"), "status": "open"}
        self.server.tickets[ticket_id] = ticket
        self.send_json(201, ticket, {"Location": f"/tickets/{ticket_id}"})

    def do_GET(self):
        ticket = self.ticket()
        if ticket is not None:
            self.send_json(200, ticket)

    def do_PATCH(self):
        ticket = self.ticket()
        if ticket is None:
            return
        data = self.read_json()
        if data is not None:
            ticket.update(data)
            self.send_json(200, ticket)

    def do_DELETE(self):
        if self.ticket() is not None:
            del self.server.tickets[self.path.removeprefix("/tickets/")]
            self.send_json(204)


@pytest.fixture
def api(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), TicketHandler)
    server.tickets = {}
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_create_returns_the_new_ticket(api):
    ticket = create_ticket(api, "Disk full on db1", "high")
    assert ticket == {"id": 1, "title": "Disk full on db1", "priority": "high", "status": "open"}


def test_created_ticket_can_be_fetched(api):
    ticket = create_ticket(api, "Rotate TLS certificate")
    fetched = requests.get(f"{api}/tickets/{ticket['id']}", timeout=5).json()
    assert fetched["title"] == "Rotate TLS certificate"
    assert fetched["priority"] == "normal"


def test_each_ticket_gets_its_own_id(api):
    first = create_ticket(api, "one")
    second = create_ticket(api, "two")
    assert first["id"] != second["id"]


def test_close_ticket(api):
    ticket = create_ticket(api, "Renew domain")
    assert close_ticket(api, ticket["id"])["status"] == "closed"


def test_delete_existing_ticket(api):
    ticket = create_ticket(api, "Old alert")
    assert delete_ticket(api, ticket["id"]) is True
    assert requests.get(f"{api}/tickets/{ticket['id']}", timeout=5).status_code == 404


def test_delete_missing_ticket(api):
    assert delete_ticket(api, 404) is False
