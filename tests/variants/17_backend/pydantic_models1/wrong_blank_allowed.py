from ipaddress import IPv4Address

from pydantic import BaseModel, Field, field_validator


class DeviceIn(BaseModel):
    hostname: str = Field(min_length=1, max_length=63)
    mgmt_ip: IPv4Address
    ssh_port: int = Field(default=22, ge=1, le=65535)
    tags: list[str] = []

    @field_validator("hostname")
    @classmethod
    def normalise_hostname(cls, value):
        return value.strip().lower()
