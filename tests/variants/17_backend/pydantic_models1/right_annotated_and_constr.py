"""Request validation: types and constraints in a pydantic model.

`DeviceIn` describes the JSON a client sends to register a device. As written it accepts
almost anything. Tighten it with types and `Field` constraints: a hostname of 1 to 63
characters, a real IPv4 address (pydantic validates `ipaddress` types), and an SSH port
between 1 and 65535 that stays 22 by default.
"""
import ipaddress
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints


class DeviceIn(BaseModel):
    hostname: Annotated[str, StringConstraints(min_length=1, max_length=63)]
    mgmt_ip: ipaddress.IPv4Address
    ssh_port: Annotated[int, Field(gt=0, lt=65536)] = 22
    tags: list[str] = []


