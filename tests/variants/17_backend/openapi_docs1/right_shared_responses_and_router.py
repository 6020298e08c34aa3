"""API documentation: documenting the error answers.

FastAPI builds an OpenAPI document from your code (served at /openapi.json, shown at /docs):
paths, parameters, request bodies, and the success answer with its response model. What it
can't see are the errors your code raises with HTTPException: a client reading the document
doesn't learn that `GET /devices/{hostname}` can answer 404, or what that answer looks like.
Declare them with the decorator's `responses=` argument: a dict from status code to
`{"model": ..., "description": ...}`. Document the 404s and the 409 below with the `Error`
model, which is the shape of FastAPI's error body.
"""
from fastapi import APIRouter, FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Inventory API", version="1.2.0")


class Device(BaseModel):
    hostname: str
    site: str


class Error(BaseModel):
    detail: str


DEVICES = {"sw-ams-01": Device(hostname="sw-ams-01", site="ams")}


NOT_FOUND = {404: {"model": Error, "description": "There is no device with that hostname"}}
router = APIRouter()


@router.get("/devices/{hostname}", response_model=Device, responses=NOT_FOUND)
def get_device(hostname: str):
    if hostname not in DEVICES:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")
    return DEVICES[hostname]


@router.post("/devices", response_model=Device, status_code=201,
             responses={409: {"model": Error, "description": "Conflict"}})
def create_device(device: Device):
    if device.hostname in DEVICES:
        raise HTTPException(status_code=409, detail=f"{device.hostname} exists already")
    DEVICES[device.hostname] = device
    return device


@router.delete("/devices/{hostname}", status_code=204, responses=NOT_FOUND)
def delete_device(hostname: str):
    if DEVICES.pop(hostname, None) is None:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")


app.include_router(router)


