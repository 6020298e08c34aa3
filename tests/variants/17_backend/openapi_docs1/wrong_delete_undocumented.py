"""API documentation: documenting the error answers.

FastAPI builds an OpenAPI document from your code (served at /openapi.json, shown at /docs):
paths, parameters, request bodies, and the success answer with its response model. What it
can't see are the errors your code raises with HTTPException: a client reading the document
doesn't learn that `GET /devices/{hostname}` can answer 404, or what that answer looks like.
Declare them with the decorator's `responses=` argument: a dict from status code to
`{"model": ..., "description": ...}`. Document the 404s and the 409 below with the `Error`
model, which is the shape of FastAPI's error body.
"""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Inventory API", version="1.2.0")


class Device(BaseModel):
    hostname: str
    site: str


class Error(BaseModel):
    detail: str


DEVICES = {"sw-ams-01": Device(hostname="sw-ams-01", site="ams")}


@app.get(
    "/devices/{hostname}",
    response_model=Device,
    responses={404: {"model": Error, "description": "No such device"}},
)
def get_device(hostname: str):
    if hostname not in DEVICES:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")
    return DEVICES[hostname]


@app.post(
    "/devices",
    response_model=Device,
    status_code=201,
    responses={409: {"model": Error, "description": "The device exists already"}},
)
def create_device(device: Device):
    if device.hostname in DEVICES:
        raise HTTPException(status_code=409, detail=f"{device.hostname} exists already")
    DEVICES[device.hostname] = device
    return device


@app.delete(
    "/devices/{hostname}",
    status_code=204,
)
def delete_device(hostname: str):
    if DEVICES.pop(hostname, None) is None:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")


