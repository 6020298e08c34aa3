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
    body = json.dumps(device, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def create_app() -> Flask:
    app = Flask(__name__)
    devices = {"sw-ams-01": {"hostname": "sw-ams-01", "site": "ams", "os": "4.30.1F"}}

    @app.get("/devices/<hostname>")
    def get_device(hostname):
        if hostname not in devices:
            return {"error": f"no device called {hostname}"}, 404
        etag = etag_of(devices[hostname])
        if request.if_none_match.contains(etag):
            return "", 304, {"ETag": f'"{etag}"'}
        return devices[hostname], 200, {"ETag": f'"{etag}"'}

    @app.patch("/devices/<hostname>")
    def update_device(hostname):
        devices[hostname].update(request.get_json())
        return devices[hostname]

    return app


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def client():
    return create_app().test_client()


def test_a_get_has_a_quoted_etag(client):
    response = client.get("/devices/sw-ams-01")
    assert response.status_code == 200
    etag = response.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 2


def test_the_same_etag_gives_304_without_a_body(client):
    etag = client.get("/devices/sw-ams-01").headers["ETag"]
    response = client.get("/devices/sw-ams-01", headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.data == b""
    assert response.headers["ETag"] == etag


def test_one_of_several_etags_is_enough(client):
    etag = client.get("/devices/sw-ams-01").headers["ETag"]
    response = client.get("/devices/sw-ams-01", headers={"If-None-Match": f'"0000", {etag}'})
    assert response.status_code == 304


def test_another_etag_gets_the_device(client):
    response = client.get("/devices/sw-ams-01", headers={"If-None-Match": '"0123abcd"'})
    assert response.status_code == 200
    assert response.get_json()["os"] == "4.30.1F"


def test_a_change_makes_a_new_etag(client):
    old = client.get("/devices/sw-ams-01").headers["ETag"]
    client.patch("/devices/sw-ams-01", json={"os": "4.31.0F"})
    response = client.get("/devices/sw-ams-01", headers={"If-None-Match": old})
    assert response.status_code == 200, "the device changed, but its ETag did not"
    assert response.get_json()["os"] == "4.31.0F"
    assert response.headers["ETag"] != old


def test_changing_it_back_gives_the_old_etag_again(client):
    old = client.get("/devices/sw-ams-01").headers["ETag"]
    client.patch("/devices/sw-ams-01", json={"os": "4.31.0F"})
    client.patch("/devices/sw-ams-01", json={"os": "4.30.1F"})
    assert client.get("/devices/sw-ams-01").headers["ETag"] == old
