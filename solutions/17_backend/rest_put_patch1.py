"""REST API design: PUT replaces, PATCH changes.

`PUT /devices/<hostname>` sends the whole new state of a device: it replaces the stored one,
so a field the client leaves out goes back to its default (`notes` to ""), and a request
without a required field (`site`, `model`) is a 400. `PATCH /devices/<hostname>` sends only
the fields to change: the others stay as they are, and a field the device doesn't have is a
400. Both answer 404 for an unknown device and 200 with the device as it is now. The two
views below were mixed up: PUT merges and PATCH replaces. Fix them.
"""
from flask import Flask, request

REQUIRED = ("site", "model")
DEFAULTS = {"notes": ""}
FIELDS = set(REQUIRED) | set(DEFAULTS)


def create_app() -> Flask:
    app = Flask(__name__)
    devices = {
        "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams", "model": "7050SX",
                      "notes": "rack 4, top"},
    }

    def error(status, message):
        return {"error": message}, status

    @app.get("/devices/<hostname>")
    def get_device(hostname):
        if hostname not in devices:
            return error(404, f"no device called {hostname}")
        return devices[hostname]

    @app.put("/devices/<hostname>")
    def replace_device(hostname):
        if hostname not in devices:
            return error(404, f"no device called {hostname}")
        body = request.get_json(silent=True) or {}
        missing = [field for field in REQUIRED if field not in body]
        if missing:
            return error(400, f"missing fields: {', '.join(missing)}")
        devices[hostname] = {"hostname": hostname, **DEFAULTS, **body}
        return devices[hostname]

    @app.patch("/devices/<hostname>")
    def update_device(hostname):
        if hostname not in devices:
            return error(404, f"no device called {hostname}")
        body = request.get_json(silent=True) or {}
        unknown = set(body) - FIELDS
        if unknown:
            return error(400, f"unknown fields: {', '.join(sorted(unknown))}")
        devices[hostname].update(body)
        return devices[hostname]

    return app


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return create_app().test_client()


def stored(client):
    return client.get("/devices/sw-ams-01").get_json()


def test_put_replaces_the_whole_device(client):
    response = client.put("/devices/sw-ams-01", json={"site": "fra", "model": "7280R"})
    assert response.status_code == 200
    expected = {"hostname": "sw-ams-01", "site": "fra", "model": "7280R", "notes": ""}
    assert response.get_json() == expected
    assert stored(client) == expected


def test_put_keeps_fields_it_is_given(client):
    body = {"site": "ams", "model": "7050SX", "notes": "moved to rack 5"}
    assert client.put("/devices/sw-ams-01", json=body).get_json()["notes"] == "moved to rack 5"


@pytest.mark.parametrize("body", [{"site": "fra"}, {"model": "7280R", "notes": "x"}, {}])
def test_put_without_a_required_field_is_400(client, body):
    before = stored(client)
    response = client.put("/devices/sw-ams-01", json=body)
    assert response.status_code == 400
    assert "error" in response.get_json()
    assert stored(client) == before


def test_patch_changes_only_the_given_fields(client):
    response = client.patch("/devices/sw-ams-01", json={"site": "fra"})
    assert response.status_code == 200
    expected = {"hostname": "sw-ams-01", "site": "fra", "model": "7050SX",
                "notes": "rack 4, top"}
    assert response.get_json() == expected
    assert stored(client) == expected


def test_patch_with_an_unknown_field_is_400(client):
    before = stored(client)
    response = client.patch("/devices/sw-ams-01", json={"site": "fra", "colour": "blue"})
    assert response.status_code == 400
    assert stored(client) == before


@pytest.mark.parametrize("method", ["put", "patch"])
def test_unknown_device_is_404(client, method):
    response = getattr(client, method)("/devices/nope", json={"site": "a", "model": "b"})
    assert response.status_code == 404
