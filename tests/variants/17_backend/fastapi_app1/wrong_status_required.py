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


@app.get("/vlans/{vlan_id}")
def get_vlan(vlan_id: int):
    if vlan_id not in VLANS:
        raise HTTPException(status_code=404, detail=f"VLAN {vlan_id} not found")
    return {"id": vlan_id, "name": VLANS[vlan_id]}


@app.get("/interfaces")
def list_interfaces(status: str, limit: int = 10):
    found = [i for i in INTERFACES if status is None or i["status"] == status]
    return found[:limit]


