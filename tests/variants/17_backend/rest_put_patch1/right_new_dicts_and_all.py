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
        if not all(field in body for field in REQUIRED):
            return error(400, "site and model are required")
        new = dict(DEFAULTS)
        new.update({key: body[key] for key in body if key in FIELDS})
        new["hostname"] = hostname
        devices[hostname] = new
        return devices[hostname]

    @app.patch("/devices/<hostname>")
    def update_device(hostname):
        if hostname not in devices:
            return error(404, f"no device called {hostname}")
        body = request.get_json(silent=True) or {}
        for key in body:
            if key not in FIELDS:
                return error(400, f"unknown field {key}")
        devices[hostname] = devices[hostname] | body
        return devices[hostname]

    return app


