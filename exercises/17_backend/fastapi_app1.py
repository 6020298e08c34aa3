"""FastAPI fundamentals: path and query parameters with type hints.

FastAPI reads a function's type hints to convert and check parameters. `get_vlan` receives
the VLAN id as text and never finds it; `list_interfaces` ignores its filters. Give the
parameters the right types and defaults, and answer 404 for an unknown VLAN.
"""
from fastapi import FastAPI, HTTPException

app = FastAPI()

VLANS = {10: "users", 20: "voice", 99: "management"}

INTERFACES = [
    {"name": "ether1", "status": "up"},
    {"name": "ether2", "status": "down"},
    {"name": "ether3", "status": "up"},
    {"name": "ether4", "status": "up"},
]


# TODO: without a type hint, vlan_id arrives as a str ("10"), but the keys of VLANS are ints.
@app.get("/vlans/{vlan_id}")
def get_vlan(vlan_id):
    if vlan_id not in VLANS:
        raise HTTPException(status_code=404, detail=f"VLAN {vlan_id} not found")
    return {"id": vlan_id, "name": VLANS[vlan_id]}


# TODO: accept an optional `status` filter and a `limit` (an int, 10 by default)
# as query parameters: they are the function parameters that aren't in the path.
@app.get("/interfaces")
def list_interfaces():
    return INTERFACES


# --- tests: read them, don't change them ---
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient


@pytest.fixture
def client():
    return TestClient(app)


def test_get_vlan(client):
    response = client.get("/vlans/10")
    assert response.status_code == 200
    assert response.json() == {"id": 10, "name": "users"}


def test_unknown_vlan_is_404(client):
    assert client.get("/vlans/42").status_code == 404


def test_vlan_id_must_be_a_number(client):
    assert client.get("/vlans/users").status_code == 422


def test_all_interfaces_by_default(client):
    names = [i["name"] for i in client.get("/interfaces").json()]
    assert names == ["ether1", "ether2", "ether3", "ether4"]


def test_filter_interfaces_by_status(client):
    names = [i["name"] for i in client.get("/interfaces", params={"status": "up"}).json()]
    assert names == ["ether1", "ether3", "ether4"]


def test_limit_interfaces(client):
    response = client.get("/interfaces", params={"status": "up", "limit": 2})
    assert [i["name"] for i in response.json()] == ["ether1", "ether3"]
