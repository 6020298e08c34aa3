"""Request validation: types and constraints in a pydantic model.

`DeviceIn` describes the JSON a client sends to register a device. As written it accepts
almost anything. Tighten it with types and `Field` constraints: a hostname of 1 to 63
characters, a real IPv4 address (pydantic validates `ipaddress` types), and an SSH port
between 1 and 65535 that stays 22 by default.
"""
from ipaddress import IPv4Address

from pydantic import BaseModel, Field


class DeviceIn(BaseModel):
    hostname: str = Field(min_length=1, max_length=63)
    mgmt_ip: IPv4Address
    ssh_port: int = Field(default=22, gt=1, lt=65535)
    tags: list[str] = []


