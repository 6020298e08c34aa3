from typing import Optional

from fastapi import FastAPI, HTTPException, Path, Query

app = FastAPI()

VLANS = {10: "users", 20: "voice", 99: "management"}

INTERFACES = [
    {"name": "ether1", "status": "up"},
    {"name": "ether2", "status": "down"},
    {"name": "ether3", "status": "up"},
    {"name": "ether4", "status": "up"},
]


@app.get("/vlans/{vlan_id}")
def get_vlan(vlan_id: int = Path(ge=1, le=4094)):
    try:
        name = VLANS[vlan_id]
    except KeyError:
        raise HTTPException(404, "no such VLAN")
    return {"id": vlan_id, "name": name}


@app.get("/interfaces")
def list_interfaces(status: Optional[str] = Query(default=None), limit: int = Query(default=10, ge=0)):
    result = []
    for interface in INTERFACES:
        if len(result) == limit:
            break
        if status and interface["status"] != status:
            continue
        result.append(interface)
    return result
