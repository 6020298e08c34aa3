"""Flask fundamentals: errors as JSON.

A JSON API must answer its errors in JSON too: a client program reads the status code and an
`error` message, not an HTML page. As written, `abort(404)`, a URL that doesn't exist and a
method the route doesn't take (405) all produce Flask's default HTML page. Register one error
handler for every HTTP error (werkzeug's `HTTPException`) that answers
`{"error": <the error's description>}` with the error's own status code.
"""
import json

from flask import Flask, abort, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

DEVICES = {
    "sw-ams-01": {"hostname": "sw-ams-01", "site": "ams"},
    "rtr-fra-01": {"hostname": "rtr-fra-01", "site": "fra"},
}


@app.get("/devices")
def list_devices():
    limit = request.args.get("limit", "10")
    if not limit.isdigit():
        abort(400, description="limit must be a whole number")
    return list(DEVICES.values())[: int(limit)]


@app.get("/devices/<hostname>")
def get_device(hostname):
    if hostname not in DEVICES:
        abort(404, description=f"no device called {hostname}")
    return DEVICES[hostname]


@app.errorhandler(HTTPException)
def http_error_as_json(error):
    response = error.get_response()  # keeps the status and headers such as Allow
    response.data = json.dumps({"error": error.description, "code": error.code})
    response.content_type = "application/json"
    return response


