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
def get_vlan(vlan_id: str):
    if not vlan_id.isdigit() or int(vlan_id) not in VLANS:
        raise HTTPException(status_code=404, detail="not found")
    return {"id": int(vlan_id), "name": VLANS[int(vlan_id)]}


@app.get("/interfaces")
def list_interfaces(status: str | None = None, limit: int = 10):
    found = [i for i in INTERFACES if status is None or i["status"] == status]
    return found[:limit]
