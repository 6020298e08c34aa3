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


def test_every_path_with_a_parameter_documents_404():
    for method, path, operation in operations(app.openapi()):
        if "{" in path:
            assert "404" in operation["responses"], f"{method.upper()} {path}"


# --- tests: read them, don't change them ---
import copy
import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def broken_document(change):
    """An app.openapi() that returns the real document with one thing wrong."""
    real_openapi = app.openapi

    def openapi():
        spec = copy.deepcopy(real_openapi())
        change(spec)
        return spec
    return openapi


def untagged(spec):
    spec["paths"]["/users/{username}"]["get"]["tags"] = []


def no_summary(spec):
    del spec["paths"]["/devices"]["get"]["summary"]


def password_in_user(spec):
    spec["components"]["schemas"]["User"]["properties"]["password_hash"] = {"type": "string"}


def token_in_device(spec):
    spec["components"]["schemas"]["Device"]["properties"]["api_token"] = {"type": "string"}


def undocumented_404(spec):
    del spec["paths"]["/users/{username}"]["get"]["responses"]["404"]


def new_route_without_404(spec):
    spec["paths"]["/sites/{code}"] = {
        "delete": {"tags": ["sites"], "summary": "Delete a site", "responses": {"204": {}}}
    }


BROKEN = {
    "an operation without tags": untagged,
    "an operation without a summary": no_summary,
    "a password hash in the User schema": password_in_user,
    "an API token in the Device schema": token_in_device,
    "a route that doesn't document its 404": undocumented_404,
    "a new route with a parameter and no 404": new_route_without_404,
}


def test_your_tests_pass_on_the_real_document(tmp_path):
    assert_tests_exist(THIS, tmp_path, at_least=3)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    replace = {(app, "openapi"): broken_document(BROKEN[bug])}
    assert_tests_catch(THIS, tmp_path, replace=replace, bug=bug)
