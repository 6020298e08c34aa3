"""API documentation: FastAPI's OpenAPI schema.

FastAPI builds an OpenAPI document (served at /openapi.json, shown at /docs) from your code.
This one says almost nothing. Give the API a title and version, give each route a summary and
the "devices" tag, declare the response model `Device`, document the 404 of the detail route,
and describe the `site` field.
"""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Inventory API", version="1.2.0")


class Device(BaseModel):
    hostname: str
    site: str = Field(description="Three-letter site code, e.g. ams")


DEVICES = {"sw-ams-01": Device(hostname="sw-ams-01", site="ams")}


@app.get("/devices", summary="List devices", tags=["devices"], response_model=list[Device])
def list_devices():
    return list(DEVICES.values())


@app.get(
    "/devices/{hostname}",
    summary="Get one device",
    tags=["devices"],
    response_model=Device,
    responses={404: {"description": "Device not found"}},
)
def get_device(hostname: str):
    if hostname not in DEVICES:
        raise HTTPException(status_code=404, detail="Device not found")
    return DEVICES[hostname]


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def spec():
    app.openapi_schema = None  # build the document afresh
    return app.openapi()


def test_title_and_version(spec):
    assert spec["info"]["title"] == "Inventory API"
    assert spec["info"]["version"] == "1.2.0"


def test_routes_have_summaries(spec):
    assert spec["paths"]["/devices"]["get"]["summary"] == "List devices"
    assert spec["paths"]["/devices/{hostname}"]["get"]["summary"] == "Get one device"


def test_routes_are_tagged(spec):
    for path in ("/devices", "/devices/{hostname}"):
        assert spec["paths"][path]["get"].get("tags") == ["devices"]


def test_device_schema_is_published(spec):
    schemas = spec["components"]["schemas"]
    assert "Device" in schemas
    device = schemas["Device"]
    assert sorted(device["properties"]) == ["hostname", "site"]
    assert device["properties"]["site"]["description"] == "Three-letter site code, e.g. ams"


def test_detail_route_returns_a_device(spec):
    ok = spec["paths"]["/devices/{hostname}"]["get"]["responses"]["200"]
    schema = ok["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Device"}


def test_detail_route_documents_404(spec):
    responses = spec["paths"]["/devices/{hostname}"]["get"]["responses"]
    assert "404" in responses
