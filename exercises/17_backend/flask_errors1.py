"""Flask fundamentals: errors as JSON.

A JSON API must answer its errors in JSON too: a client program reads the status code and an
`error` message, not an HTML page. As written, `abort(404)`, a URL that doesn't exist and a
method the route doesn't take (405) all produce Flask's default HTML page. Register one error
handler for every HTTP error (werkzeug's `HTTPException`) that answers
`{"error": <the error's description>}` with the error's own status code.
"""
from flask import Flask, abort, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

DEVICES = {
    "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams"},
    "rtr-fra-01": {"hostname": "rtr-fra-01", "site": "fra"},
}


@app.get("/devices")
def list_devices():
    limit = request.args.get("limit", "10")
    if not limit.isdigit():
        abort(400, description="limit must be a whole number")
    return list(DEVICES.values())[: int(limit)]


@app.get("/devices/<hostname>")
def get_device(hostname):
    if hostname not in DEVICES:
        abort(404, description=f"no device called {hostname}")
    return DEVICES[hostname]


# TODO: an error handler for HTTPException that answers JSON with the error's status code.


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return app.test_client()


def assert_json_error(response, status):
    assert response.status_code == status
    assert response.is_json, f"the {status} error came back as {response.mimetype}, not JSON"
    assert isinstance(response.get_json().get("error"), str)
    return response.get_json()["error"]


def test_normal_answers_are_unchanged(client):
    assert client.get("/devices/sw-ams-01").get_json() == {"hostname": "sw-ams-01", "site": "ams"}
    assert len(client.get("/devices?limit=1").get_json()) == 1


def test_unknown_device_is_a_json_404_with_the_description(client):
    message = assert_json_error(client.get("/devices/sw-lon-09"), 404)
    assert "sw-lon-09" in message


def test_bad_request_is_a_json_400(client):
    message = assert_json_error(client.get("/devices?limit=ten"), 400)
    assert "limit" in message


def test_unknown_url_is_a_json_404(client):
    assert_json_error(client.get("/no/such/page"), 404)


def test_wrong_method_is_a_json_405(client):
    assert_json_error(client.delete("/devices/sw-ams-01"), 405)
