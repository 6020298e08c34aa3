"""REST API design: resources, methods and status codes.

A small device registry at `/devices`. It works, but every answer is "200 OK" and errors come
back as HTML. Make it speak REST: 201 with a Location header for a created device, 400 for a
request without a hostname, 409 for a hostname that exists, 404 (as JSON) for an unknown
device, and 204 with an empty body after a delete.
"""
from flask import Flask, jsonify, request


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
        if not hostname:
            return error(400, "hostname is required")
        if hostname in devices:
            return error(400, f"device {hostname} already exists")
        devices[hostname] = {"hostname": hostname, "site": data.get("site")}
        return devices[hostname], 201, {"Location": f"/devices/{hostname}"}

    @app.get("/devices/<hostname>")
    def get_device(hostname):
        if hostname not in devices:
            return error(404, f"device {hostname} not found")
        return devices[hostname]

    @app.delete("/devices/<hostname>")
    def delete_device(hostname):
        if hostname not in devices:
            return error(404, f"device {hostname} not found")
        del devices[hostname]
        return "", 204

    return app


