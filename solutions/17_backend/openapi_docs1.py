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
    responses={404: {"model": Error, "description": "No such device"}},
)
def delete_device(hostname: str):
    if DEVICES.pop(hostname, None) is None:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")


# --- tests: read them, don't change them ---
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient

ERROR_REF = {"$ref": "#/components/schemas/Error"}


@pytest.fixture
def spec():
    app.openapi_schema = None  # build the document afresh
    return app.openapi()


@pytest.mark.parametrize(
    "method, path, status",
    [("get", "/devices/{hostname}", "404"), ("post", "/devices", "409"),
     ("delete", "/devices/{hostname}", "404")],
)
def test_the_error_is_documented(spec, method, path, status):
    responses = spec["paths"][path][method]["responses"]
    assert status in responses, f"{method.upper()} {path} doesn't document its {status}"
    assert responses[status].get("description"), "give the error answer a description"
    assert responses[status]["content"]["application/json"]["schema"] == ERROR_REF
    assert set(spec["components"]["schemas"]["Error"]["properties"]) == {"detail"}


def test_the_success_answers_are_still_there(spec):
    assert "200" in spec["paths"]["/devices/{hostname}"]["get"]["responses"]
    assert "201" in spec["paths"]["/devices"]["post"]["responses"]
    assert "204" in spec["paths"]["/devices/{hostname}"]["delete"]["responses"]


def test_the_errors_look_as_documented():
    client = TestClient(app)
    for response in (client.get("/devices/nope"),
                     client.post("/devices", json={"hostname": "sw-ams-01", "site": "x"}),
                     client.delete("/devices/nope")):
        assert response.status_code in (404, 409)
        Error.model_validate(response.json())
