"""REST API design: ETags and conditional requests.

A monitoring tool fetches the same device every ten seconds, though it rarely changes. An
ETag is a short fingerprint of a representation, sent in the `ETag` response header; the
client sends it back in `If-None-Match`, and when it still matches, the server answers
`304 Not Modified` with no body. For that, the ETag must change whenever the content
changes: derive it from the JSON body, not from the hostname. And `get_device` must honour
If-None-Match, which may hold several ETags (`"a", "b"`); Flask parses it for you into
`request.if_none_match`, whose `contains(etag)` tells whether an ETag is listed.
"""
import hashlib
import json

from flask import Flask, request


def etag_of(device: dict) -> str:
    """A fingerprint of the device's JSON representation."""
    return hashlib.md5(json.dumps(device, sort_keys=True).encode()).hexdigest()


def create_app() -> Flask:
    app = Flask(__name__)
    devices = {"sw-ams-01": {"hostname": "sw-ams-01", "site": "ams", "os": "4.30.1F"}}

    @app.get("/devices/<hostname>")
    def get_device(hostname):
        if hostname not in devices:
            return {"error": f"no device called {hostname}"}, 404
        etag = etag_of(devices[hostname])
        listed = [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]
        if f'"{etag}"' in listed:
            return "", 304, {"ETag": f'"{etag}"'}
        return devices[hostname], 200, {"ETag": f'"{etag}"'}

    @app.patch("/devices/<hostname>")
    def update_device(hostname):
        devices[hostname].update(request.get_json())
        return devices[hostname]

    return app


