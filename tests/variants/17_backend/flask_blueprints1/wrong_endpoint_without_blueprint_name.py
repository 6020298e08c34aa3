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

    app.register_blueprint(devices, url_prefix="/api/v1/devices")
    return app


