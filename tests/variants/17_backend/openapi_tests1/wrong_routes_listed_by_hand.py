"""API documentation: tests that check the OpenAPI document.

The OpenAPI document is part of your API's contract, so test it like code. Below the app are
three tests to write; each reads the document with `app.openapi()` inside the test (so that
it checks the app as it is when the test runs) and walks through `spec["paths"]`, whose
values map each HTTP method to an operation. Don't list the routes by hand: a route added
later must be checked too.
"""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Inventory API", version="1.0.0")


class Error(BaseModel):
    detail: str


class Device(BaseModel):
    hostname: str
    site: str


class User(BaseModel):
    username: str
    full_name: str


NOT_FOUND = {404: {"model": Error, "description": "Not found"}}


@app.get("/devices", tags=["devices"], summary="List devices")
def list_devices() -> list[Device]:
    return []


@app.get("/devices/{hostname}", tags=["devices"], summary="Get a device", responses=NOT_FOUND)
def get_device(hostname: str) -> Device:
    raise HTTPException(status_code=404, detail="no such device")


@app.get("/users/{username}", tags=["users"], summary="Get a user", responses=NOT_FOUND)
def get_user(username: str) -> User:
    raise HTTPException(status_code=404, detail="no such user")


def operations(spec: dict):
    """Yield (method, path, operation) for every operation in an OpenAPI document."""
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield method, path, operation


def test_every_operation_has_a_summary_and_a_tag():
    for method, path, operation in operations(app.openapi()):
        assert operation.get("summary"), f"{method.upper()} {path} has no summary"
        assert operation.get("tags"), f"{method.upper()} {path} has no tag"


def test_no_schema_shows_a_secret():
    for name, schema in app.openapi()["components"]["schemas"].items():
        for field in schema.get("properties", {}):
            assert "password" not in field and "token" not in field, f"{name}.{field}"


def test_the_detail_routes_document_404():
    paths = app.openapi()["paths"]
    for path in ("/devices/{hostname}", "/users/{username}"):
        assert "404" in paths[path]["get"]["responses"], path

