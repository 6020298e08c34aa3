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
    devices = [d for d in DEVICES.values() if site is None or d["hostname"].split("-")[1] == site]
    return jsonify(devices)


@app.get("/devices/<hostname>")
def get_device(hostname):
    return DEVICES[hostname]


