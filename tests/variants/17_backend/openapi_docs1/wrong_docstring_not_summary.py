from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Inventory API", version="1.2.0")


class Device(BaseModel):
    hostname: str
    site: str = Field(description="Three-letter site code, e.g. ams")


DEVICES = {"sw-ams-01": Device(hostname="sw-ams-01", site="ams")}


@app.get("/devices", tags=["devices"], response_model=list[Device])
def list_devices():
    """List devices"""
    return list(DEVICES.values())


@app.get("/devices/{hostname}", tags=["devices"], response_model=Device,
         responses={404: {"description": "Device not found"}})
def get_device(hostname: str):
    """Get one device"""
    if hostname not in DEVICES:
        raise HTTPException(status_code=404, detail="Device not found")
    return DEVICES[hostname]
