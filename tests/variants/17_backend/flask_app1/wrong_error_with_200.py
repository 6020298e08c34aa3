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
    if site:
        return jsonify([d for d in DEVICES.values() if d["site"] == site])
    return jsonify(list(DEVICES.values()))


@app.get("/devices/<hostname>")
def get_device(hostname):
    return DEVICES.get(hostname, {"error": "not found"})
