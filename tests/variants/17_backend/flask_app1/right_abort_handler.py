from flask import Flask, abort, jsonify, request

app = Flask(__name__)

DEVICES = {
    "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams", "model": "7050SX"},
    "sw-ams-02": {"hostname": "sw-ams-02", "site": "ams", "model": "7050SX"},
    "rtr-fra-01": {"hostname": "rtr-fra-01", "site": "fra", "model": "CCR2004"},
}


@app.errorhandler(404)
def not_found(error):
    return jsonify(error=str(error)), 404


@app.route("/health")
def health():
    return jsonify(status="ok")


@app.route("/devices", methods=["GET"])
def list_devices():
    devices = []
    for device in DEVICES.values():
        if "site" in request.args and device["site"] != request.args["site"]:
            continue
        devices.append(device)
    return jsonify(devices)


@app.route("/devices/<string:hostname>")
def get_device(hostname):
    if hostname not in DEVICES:
        abort(404, description=f"no device {hostname}")
    return jsonify(DEVICES[hostname])
