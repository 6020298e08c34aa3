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
def create_device(device: DeviceOut):
    return device


