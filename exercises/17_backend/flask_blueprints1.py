"""Flask fundamentals: blueprints.

A blueprint groups related routes so that an application can mount them where it wants: here
the device routes, which `create_app` must serve under `/api/v1/devices`. A blueprint does
nothing until it is registered on the app with `app.register_blueprint(...)`, and its
`url_prefix` is put in front of each of its routes. Its views also get names of their own:
the endpoint of `get_device` becomes "devices.get_device" (or ".get_device" from inside the
blueprint), which is the name `url_for` needs to build a link to it.
"""
from flask import Blueprint, Flask, url_for

devices = Blueprint("devices", __name__)

DEVICES = {
    "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams"},
    "rtr-fra-01": {"hostname": "rtr-fra-01", "site": "fra"},
}


@devices.get("/")
def list_devices():
    # TODO: url_for needs the blueprint's name for this endpoint.
    return [
        {**device, "url": url_for("get_device", hostname=device["hostname"])}
        for device in DEVICES.values()
    ]


@devices.get("/<hostname>")
def get_device(hostname):
    if hostname not in DEVICES:
        return {"error": f"no device called {hostname}"}, 404
    return DEVICES[hostname]


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    # TODO: register the `devices` blueprint under /api/v1/devices.
    return app


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return create_app().test_client()


def test_health_stays_at_the_root(client):
    assert client.get("/health").get_json() == {"status": "ok"}


def test_devices_are_served_under_the_prefix(client):
    response = client.get("/api/v1/devices/sw-ams-01")
    assert response.status_code != 404, "nothing answers at /api/v1/devices/sw-ams-01"
    assert response.status_code == 200
    assert response.get_json() == {"hostname": "sw-ams-01", "site": "ams"}


def test_the_list_links_to_each_device(client):
    response = client.get("/api/v1/devices/")
    assert response.status_code == 200
    urls = sorted(device["url"] for device in response.get_json())
    assert urls == ["/api/v1/devices/rtr-fra-01", "/api/v1/devices/sw-ams-01"]
    for url in urls:
        assert client.get(url).status_code == 200


def test_nothing_is_served_outside_the_prefix(client):
    assert client.get("/sw-ams-01").status_code == 404
    assert client.get("/devices/sw-ams-01").status_code == 404


def test_two_apps_can_use_the_blueprint():
    first, second = create_app(), create_app()
    assert first.test_client().get("/api/v1/devices/rtr-fra-01").status_code == 200
    assert second.test_client().get("/api/v1/devices/rtr-fra-01").status_code == 200
