from typing import Annotated, List

from fastapi import APIRouter, FastAPI, HTTPException
from pydantic import BaseModel, Field


class Device(BaseModel):
    hostname: str
    site: Annotated[str, Field(description="Three-letter site code, e.g. ams")]


DEVICES = {"sw-ams-01": Device(hostname="sw-ams-01", site="ams")}

router = APIRouter(prefix="/devices", tags=["devices"])


@router.get("", summary="List devices")
def list_devices() -> List[Device]:
    return list(DEVICES.values())


@router.get("/{hostname}", summary="Get one device", responses={404: {"description": "No such device"}})
def get_device(hostname: str) -> Device:
    try:
        return DEVICES[hostname]
    except KeyError:
        raise HTTPException(404, "Device not found")


app = FastAPI(title="Inventory API", version="1.2.0")
app.include_router(router)
