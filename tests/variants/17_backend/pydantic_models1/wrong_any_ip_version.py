from ipaddress import IPv4Address

from pydantic import BaseModel, Field, IPvAnyAddress, field_validator


class DeviceIn(BaseModel):
    hostname: str = Field(min_length=1, max_length=63)
    mgmt_ip: IPvAnyAddress
    ssh_port: int = Field(default=22, ge=1, le=65535)
    tags: list[str] = []

    @field_validator("hostname")
    @classmethod
    def normalise_hostname(cls, value):
        value = value.strip().lower()
        if not value:
            raise ValueError("hostname must not be blank")
        return value
