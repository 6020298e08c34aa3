"""REST API design: resources, methods and status codes.

A small device registry at `/devices`. It works, but every answer is "200 OK" and errors come
back as HTML. Make it speak REST: 201 with a Location header for a created device, 400 for a
request without a hostname, 409 for a hostname that exists, 404 (as JSON) for an unknown
device, and 204 with an empty body after a delete.
"""
from flask import Flask, abort, jsonify, request


def create_app() -> Flask:
    app = Flask(__name__)
    devices: dict[str, dict] = {}

    def error(status: int, message: str):
        return jsonify({"error": message}), status

    @app.get("/devices")
    def list_devices():
        return jsonify(list(devices.values()))

    @app.post("/devices")
    def create_device():
        data = request.get_json(silent=True) or {}
        hostname = data.get("hostname")
        # TODO: 400 without a hostname, 409 when it exists already.
        devices[hostname] = {"hostname": hostname, "site": data.get("site")}
        # TODO: a created resource gets 201 and a Location header pointing at it.
        return devices[hostname]

    @app.get("/devices/<hostname>")
    def get_device(hostname):
        if hostname not in devices:
            abort(404)  # TODO: clients of a JSON API expect a JSON error, use error()
        return devices[hostname]

    @app.delete("/devices/<hostname>")
    def delete_device(hostname):
        # TODO: 404 for an unknown device; 204 and an empty body when it was deleted.
        devices.pop(hostname, None)
        return {"deleted": hostname}

    return app


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return create_app().test_client()


def test_create_returns_201_and_location(client):
    response = client.post("/devices", json={"hostname": "sw-ams-01", "site": "ams"})
    assert response.status_code == 201
    assert response.headers["Location"].endswith("/devices/sw-ams-01")
    assert response.get_json() == {"hostname": "sw-ams-01", "site": "ams"}


def test_created_device_can_be_read(client):
    client.post("/devices", json={"hostname": "sw-ams-01", "site": "ams"})
    response = client.get("/devices/sw-ams-01")
    assert response.status_code == 200
    assert response.get_json()["site"] == "ams"
    assert len(client.get("/devices").get_json()) == 1


def test_missing_hostname_is_400(client):
    response = client.post("/devices", json={"site": "ams"})
    assert response.status_code == 400
    assert "error" in response.get_json()
    assert client.get("/devices").get_json() == []


def test_duplicate_hostname_is_409(client):
    client.post("/devices", json={"hostname": "sw-ams-01", "site": "ams"})
    response = client.post("/devices", json={"hostname": "sw-ams-01", "site": "fra"})
    assert response.status_code == 409
    assert "error" in response.get_json()
    assert client.get("/devices/sw-ams-01").get_json()["site"] == "ams"


def test_unknown_device_is_a_json_404(client):
    response = client.get("/devices/nope")
    assert response.status_code == 404
    assert response.is_json
    assert "error" in response.get_json()


def test_delete_returns_204_without_body(client):
    client.post("/devices", json={"hostname": "sw-ams-01", "site": "ams"})
    response = client.delete("/devices/sw-ams-01")
    assert response.status_code == 204
    assert response.data == b""
    assert client.get("/devices/sw-ams-01").status_code == 404


def test_delete_unknown_device_is_404(client):
    response = client.delete("/devices/nope")
    assert response.status_code == 404
    assert "error" in response.get_json()
