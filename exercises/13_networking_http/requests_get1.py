"""Call a JSON API with requests: headers, status codes, JSON bodies.

`get_user(base_url, user_id, token)` fetches GET {base_url}/users/{user_id},
sending the header "Authorization: Bearer <token>". It returns the JSON body
as a dict, None when the user does not exist (404), and raises
requests.HTTPError for any other error status. `requests_left(base_url, token)`
calls GET {base_url}/users/1 and returns the "X-RateLimit-Remaining" response
header as an int.
"""
import requests


def get_user(base_url, user_id, token):
    # TODO: send the token in an Authorization header
    response = requests.get(f"{base_url}/users/{user_id}", timeout=5)
    # TODO: 404 -> None, other error statuses -> raise, otherwise the JSON as a dict
    return response.text


def requests_left(base_url, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = requests.get(f"{base_url}/users/1", headers=headers, timeout=5)
    # TODO: read the header from the response, as an int
    return response.headers


# --- tests: read them, don't change them ---
# A small JSON API runs on 127.0.0.1 in a thread while the tests run.
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

TOKEN = "s3cr3t-token"
USERS = {"1": {"id": 1, "name": "Ada Lovelace", "roles": ["admin"]},
         "2": {"id": 2, "name": "Grace Hopper", "roles": []}}


class ApiHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def send_json(self, status, data, headers=None):
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.send_json(401, {"error": "missing or wrong token"})
        if self.path == "/users/500":
            return self.send_json(500, {"error": "database on fire"})
        user_id = self.path.removeprefix("/users/")
        if user_id not in USERS:
            return self.send_json(404, {"error": "no such user"})
        self.send_json(200, USERS[user_id], {"X-RateLimit-Remaining": "41"})


@pytest.fixture
def api(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), ApiHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_returns_the_user_as_a_dict(api):
    assert get_user(api, 1, TOKEN) == {"id": 1, "name": "Ada Lovelace", "roles": ["admin"]}


def test_another_user(api):
    assert get_user(api, 2, TOKEN)["name"] == "Grace Hopper"


def test_missing_user_is_none(api):
    assert get_user(api, 99, TOKEN) is None


def test_wrong_token_raises(api):
    with pytest.raises(requests.HTTPError) as info:
        get_user(api, 1, "guess")
    assert info.value.response.status_code == 401


def test_server_error_raises(api):
    with pytest.raises(requests.HTTPError) as info:
        get_user(api, 500, TOKEN)
    assert info.value.response.status_code == 500


def test_reads_a_response_header(api):
    assert requests_left(api, TOKEN) == 41
