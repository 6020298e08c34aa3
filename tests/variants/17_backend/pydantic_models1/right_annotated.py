import ipaddress
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints


def not_blank(value: str) -> str:
    if value == "":
        raise ValueError("blank hostname")
    return value


Hostname = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, max_length=63),
    AfterValidator(not_blank),
]


class DeviceIn(BaseModel):
    hostname: Hostname
    mgmt_ip: ipaddress.IPv4Address
    ssh_port: Annotated[int, Field(gt=0, lt=65536)] = 22
    tags: list[str] = Field(default_factory=list)
