from fastapi import FastAPI, status
from pydantic import BaseModel, Field

app = FastAPI()


class DeviceIn(BaseModel):
    hostname: str = Field(min_length=1, max_length=63)
    ssh_port: int = Field(default=22, ge=1, le=65535)
    snmp_community: str


class DeviceOut(BaseModel):
    hostname: str
    ssh_port: int


@app.post("/devices", status_code=status.HTTP_201_CREATED)
def create_device(device: DeviceIn) -> DeviceOut:
    return DeviceOut(hostname=device.hostname, ssh_port=device.ssh_port)
