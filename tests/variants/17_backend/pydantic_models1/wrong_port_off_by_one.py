from ipaddress import IPv4Address

from pydantic import BaseModel, Field, field_validator


class DeviceIn(BaseModel):
    hostname: str = Field(min_length=1, max_length=63)
    mgmt_ip: IPv4Address
    ssh_port: int = Field(default=22, gt=1, lt=65535)
    tags: list[str] = []

    @field_validator("hostname")
    @classmethod
    def normalise_hostname(cls, value):
        value = value.strip().lower()
        if not value:
            raise ValueError("hostname must not be blank")
        return value
