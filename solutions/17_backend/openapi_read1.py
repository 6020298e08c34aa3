"""API documentation: reading the OpenAPI document.

A client team reads your API through its OpenAPI document, not your code. FastAPI writes that
document from the code below: each function parameter becomes a path, query or body
parameter, defaults decide what is required, `Field` and `Query` limits become schema
keywords such as "maximum", and the decorators add status codes. Read the code and answer
the questions with literal values, the way the document at /openapi.json states them
(status codes are strings there, like "200"). You may print `app.openapi()` to check.
"""
from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

app = FastAPI(title="Switch ports", version="2.0.0")


class Port(BaseModel):
    name: str
    vlan: int = Field(ge=1, le=4094)
    description: str | None = None
    enabled: bool = True


PORTS: dict[str, dict[str, Port]] = {"sw1": {}}


@app.get("/switches/{switch}/ports", tags=["ports"])
def list_ports(
    switch: str, vlan: int | None = None, enabled: bool = True, limit: int = Query(50, le=500)
) -> list[Port]:
    ports = [p for p in PORTS.get(switch, {}).values() if p.enabled == enabled]
    return [p for p in ports if vlan is None or p.vlan == vlan][:limit]


@app.post(
    "/switches/{switch}/ports",
    status_code=201,
    tags=["ports"],
    responses={409: {"description": "A port with that name exists"}},
)
def add_port(switch: str, port: Port, dry_run: bool = False) -> Port:
    if port.name in PORTS.setdefault(switch, {}):
        raise HTTPException(status_code=409, detail="port exists")
    if not dry_run:
        PORTS[switch][port.name] = port
    return port


@app.delete("/switches/{switch}/ports/{name}", status_code=204, tags=["ports"])
def delete_port(switch: str, name: str) -> None:
    PORTS.get(switch, {}).pop(name, None)


# 1. The query parameters of GET /switches/{switch}/ports, in the order the document lists
#    them (a list of names).
QUERY_PARAMETERS = ["vlan", "enabled", "limit"]

# 2. The parameters of that GET that are required (a list of names).
REQUIRED_PARAMETERS = ["switch"]

# 3. Every status code POST /switches/{switch}/ports documents, sorted (a list of strings).
POST_STATUS_CODES = ["201", "409", "422"]

# 4. The required fields of the request body of that POST (a sorted list of names).
REQUIRED_BODY_FIELDS = ["name", "vlan"]

# 5. The largest `vlan` the document allows in a port (a number).
VLAN_MAXIMUM = 4094

# 6. The largest `limit` the document allows in GET /switches/{switch}/ports (a number).
LIMIT_MAXIMUM = 500

# 7. The status code of a successful DELETE (a string).
DELETE_SUCCESS = "204"


# --- tests: read them, don't change them ---
import sys

import pytest

from coursekit import assert_literal

THIS = sys.modules[__name__]
PORTS_PATH = "/switches/{switch}/ports"


@pytest.fixture(scope="module")
def spec():
    app.openapi_schema = None
    return app.openapi()


def operation(spec, method, path=PORTS_PATH):
    return spec["paths"][path][method]


def body_schema(spec):
    ref = operation(spec, "post")["requestBody"]["content"]["application/json"]["schema"]
    return spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[-1]]


def parameters(spec):
    return operation(spec, "get")["parameters"]


def maximum(schema):
    """The "maximum" of a schema, also when it sits inside an anyOf (an optional field)."""
    if "maximum" in schema:
        return schema["maximum"]
    return next(s["maximum"] for s in schema.get("anyOf", []) if "maximum" in s)


ANSWERS = {
    "QUERY_PARAMETERS": lambda spec: [p["name"] for p in parameters(spec) if p["in"] == "query"],
    "REQUIRED_PARAMETERS": lambda spec: [p["name"] for p in parameters(spec) if p.get("required")],
    "POST_STATUS_CODES": lambda spec: sorted(operation(spec, "post")["responses"]),
    "REQUIRED_BODY_FIELDS": lambda spec: sorted(body_schema(spec)["required"]),
    "VLAN_MAXIMUM": lambda spec: maximum(body_schema(spec)["properties"]["vlan"]),
    "LIMIT_MAXIMUM": lambda spec: maximum(
        next(p for p in parameters(spec) if p["name"] == "limit")["schema"]
    ),
    "DELETE_SUCCESS": lambda spec: next(
        code for code in operation(spec, "delete", PORTS_PATH + "/{name}")["responses"]
        if code.startswith("2")
    ),
}


def normalised(name, value):
    """A tuple counts as a list, and a status code may be written as a number."""
    if isinstance(value, tuple):
        value = list(value)
    if name in ("POST_STATUS_CODES", "DELETE_SUCCESS"):
        value = [str(v) for v in value] if isinstance(value, list) else str(value)
    return value


@pytest.mark.parametrize("name", ANSWERS)
def test_your_answer(spec, name):
    assert_literal(THIS, name)
    assert normalised(name, getattr(THIS, name)) == ANSWERS[name](spec), (
        f"{name} is not what the document says: read the code that produces it again"
    )
