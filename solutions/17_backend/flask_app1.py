"""Flask fundamentals: routes and query strings.

A read-only inventory API. `/devices` lists the devices as JSON. It must also honour an
optional `?site=` in the URL (`/devices?site=ams`): with it, only the devices at that site;
without it, all of them. The query string isn't part of the route: Flask hands it to the
view in `request.args`.
"""
from flask import Flask, jsonify, request

app = Flask(__name__)

DEVICES = {
    "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams", "model": "7050SX"},
    "rtr-fra-01": {"hostname": "rtr-fra-01", "site": "fra", "model": "CCR2004"},
    "sw-ams-02": {"hostname": "sw-ams-02", "site": "ams", "model": "7050SX"},
    "lab-sw-09": {"hostname": "lab-sw-09", "site": "ams", "model": "7010T"},
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
    return DEVICES[hostname]


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return app.test_client()


def hostnames(response):
    assert response.status_code == 200
    return sorted(device["hostname"] for device in response.get_json())


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_list_all_devices(client):
    assert hostnames(client.get("/devices")) == [
        "lab-sw-09", "rtr-fra-01", "sw-ams-01", "sw-ams-02"
    ]


def test_filter_devices_by_site(client):
    assert hostnames(client.get("/devices?site=ams")) == ["lab-sw-09", "sw-ams-01", "sw-ams-02"]
    assert hostnames(client.get("/devices", query_string={"site": "fra"})) == ["rtr-fra-01"]


def test_a_site_without_devices_gives_an_empty_list(client):
    assert hostnames(client.get("/devices?site=lon")) == []


def test_get_one_device(client):
    response = client.get("/devices/rtr-fra-01")
    assert response.status_code == 200
    assert response.get_json()["model"] == "CCR2004"
