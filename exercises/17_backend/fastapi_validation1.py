"""Request validation: a pydantic model as the request body.

`create_device` takes its body as a plain dict, so FastAPI checks nothing: a port of 70000 or
a missing hostname gets stored. Declare the parameter with the `DeviceIn` model instead:
FastAPI then reads the JSON body into it, converts what it can ("2222" to 2222), and answers
422 on its own, with a `detail` list that names each bad field, before your code runs.
"""
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class DeviceIn(BaseModel):
    hostname: str = Field(min_length=1, max_length=63)
    ssh_port: int = Field(default=22, ge=1, le=65535)
    snmp_community: str


class DeviceOut(BaseModel):
    hostname: str
    ssh_port: int


@app.post("/devices", status_code=201, response_model=DeviceOut)
def create_device(device: dict):  # TODO: let FastAPI validate the body with DeviceIn
    return device


# --- tests: read them, don't change them ---
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient


@pytest.fixture
def client():
    return TestClient(app, raise_server_exceptions=False)


def test_created_device_is_201(client):
    response = client.post("/devices", json={"hostname": "sw-ams-01", "snmp_community": "c0mm"})
    assert response.status_code == 201
    assert response.json() == {"hostname": "sw-ams-01", "ssh_port": 22}


def test_secret_is_not_sent_back(client):
    response = client.post(
        "/devices", json={"hostname": "sw-ams-01", "ssh_port": 2222, "snmp_community": "c0mm"}
    )
    assert "snmp_community" not in response.json()


def test_bad_port_is_422_and_names_the_field(client):
    response = client.post(
        "/devices", json={"hostname": "sw-ams-01", "ssh_port": 70000, "snmp_community": "c"}
    )
    assert response.status_code == 422
    locations = [error["loc"] for error in response.json()["detail"]]
    assert locations == [["body", "ssh_port"]]


def test_missing_fields_are_422(client):
    response = client.post("/devices", json={"ssh_port": 22})
    assert response.status_code == 422
    fields = sorted(error["loc"][-1] for error in response.json()["detail"])
    assert fields == ["hostname", "snmp_community"]


def test_port_sent_as_text_is_converted(client):
    response = client.post(
        "/devices", json={"hostname": "sw-ams-02", "ssh_port": "2222", "snmp_community": "c"}
    )
    assert response.status_code == 201
    assert response.json()["ssh_port"] == 2222
