"""Flask fundamentals: routes, URL variables, query strings and JSON.

A read-only inventory API. `/devices` must honour an optional `?site=` filter, and
`/devices/<hostname>` must answer 404 with a JSON error for a device it doesn't know.
"""
from flask import Flask, jsonify, request

app = Flask(__name__)

DEVICES = {
    "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams", "model": "7050SX"},
    "sw-ams-02": {"hostname": "sw-ams-02", "site": "ams", "model": "7050SX"},
    "rtr-fra-01": {"hostname": "rtr-fra-01", "site": "fra", "model": "CCR2004"},
}


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/devices")
def list_devices():
    site = request.args.get("site")
    devices = [d for d in DEVICES.values() if site is None or d["site"] == site]
    return jsonify(devices)


@app.get("/devices/<hostname>")
def get_device(hostname):
    device = DEVICES.get(hostname)
    if device is None:
        return {"error": f"device {hostname} not found"}, 404
    return device


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return app.test_client()


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_list_all_devices(client):
    response = client.get("/devices")
    assert response.status_code == 200
    names = sorted(d["hostname"] for d in response.get_json())
    assert names == ["rtr-fra-01", "sw-ams-01", "sw-ams-02"]


def test_filter_devices_by_site(client):
    response = client.get("/devices?site=ams")
    names = sorted(d["hostname"] for d in response.get_json())
    assert names == ["sw-ams-01", "sw-ams-02"]
    assert client.get("/devices", query_string={"site": "lon"}).get_json() == []


def test_get_one_device(client):
    response = client.get("/devices/rtr-fra-01")
    assert response.status_code == 200
    assert response.get_json()["model"] == "CCR2004"


def test_unknown_device_is_a_json_404(client):
    response = client.get("/devices/sw-lon-09")
    assert response.status_code == 404
    assert response.is_json
    assert "error" in response.get_json()
