from flask import Flask, jsonify, request


def create_app():
    app = Flask(__name__)
    devices = {}

    def error(status, message):
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
            return error(409, "exists")
        devices[hostname] = {"hostname": hostname, "site": data.get("site")}
        return devices[hostname], 201, {"Location": f"/devices/{hostname}"}

    @app.get("/devices/<hostname>")
    def get_device(hostname):
        if hostname not in devices:
            return error(404, "not found")
        return devices[hostname]

    @app.delete("/devices/<hostname>")
    def delete_device(hostname):
        if hostname not in devices:
            return error(404, "not found")
        del devices[hostname]
        return {"deleted": hostname}, 200

    return app
