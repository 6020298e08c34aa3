from flask import Flask, abort, jsonify, request, url_for
from werkzeug.exceptions import HTTPException


def create_app():
    app = Flask(__name__)
    devices = {}

    @app.errorhandler(HTTPException)
    def as_json(exc):
        return jsonify(error=exc.description), exc.code

    @app.route("/devices", methods=["GET", "POST"])
    def collection():
        if request.method == "GET":
            return jsonify(list(devices.values()))
        data = request.get_json(silent=True) or {}
        if "hostname" not in data or not data["hostname"]:
            abort(400, "hostname is required")
        if data["hostname"] in devices:
            abort(409, "exists")
        device = {"hostname": data["hostname"], "site": data.get("site")}
        devices[device["hostname"]] = device
        response = jsonify(device)
        response.status_code = 201
        response.headers["Location"] = url_for("item", hostname=device["hostname"])
        return response

    @app.route("/devices/<hostname>", methods=["GET", "DELETE"])
    def item(hostname):
        device = devices.get(hostname) or abort(404, "not found")
        if request.method == "DELETE":
            devices.pop(hostname)
            return app.response_class(status=204)
        return jsonify(device)

    return app
