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


@app.post("/devices", status_code=201)
def create_device(device: DeviceIn):
    return device
