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
    ssh_port: int = Field(default=22, ge=1, le=65535)
    tags: list[str] = []


# --- tests: read them, don't change them ---
import pytest
from pydantic import ValidationError

GOOD = {"hostname": "sw-ams-01", "mgmt_ip": "10.0.0.11"}


def error_fields(exc_info):
    return [error["loc"][0] for error in exc_info.value.errors()]


def test_valid_device_with_defaults():
    device = DeviceIn.model_validate(GOOD)
    assert device.hostname == "sw-ams-01"
    assert str(device.mgmt_ip) == "10.0.0.11"
    assert device.ssh_port == 22
    assert device.tags == []


@pytest.mark.parametrize("hostname", ["", "x" * 64])
def test_bad_hostnames_are_rejected(hostname):
    with pytest.raises(ValidationError) as exc_info:
        DeviceIn.model_validate({**GOOD, "hostname": hostname})
    assert error_fields(exc_info) == ["hostname"]


def test_hostname_lengths_at_the_limits_are_fine():
    assert DeviceIn.model_validate({**GOOD, "hostname": "x"}).hostname == "x"
    assert DeviceIn.model_validate({**GOOD, "hostname": "x" * 63}).hostname == "x" * 63


@pytest.mark.parametrize("ip", ["10.0.0.256", "sw-ams-01", "2001:db8::1", ""])
def test_bad_ip_is_rejected(ip):
    with pytest.raises(ValidationError) as exc_info:
        DeviceIn.model_validate({**GOOD, "mgmt_ip": ip})
    assert error_fields(exc_info) == ["mgmt_ip"]


@pytest.mark.parametrize("port", [0, 65536, -22])
def test_port_out_of_range_is_rejected(port):
    with pytest.raises(ValidationError) as exc_info:
        DeviceIn.model_validate({**GOOD, "ssh_port": port})
    assert error_fields(exc_info) == ["ssh_port"]


def test_edge_ports_are_fine():
    assert DeviceIn.model_validate({**GOOD, "ssh_port": 1}).ssh_port == 1
    assert DeviceIn.model_validate({**GOOD, "ssh_port": 65535}).ssh_port == 65535


def test_every_error_is_reported_at_once():
    with pytest.raises(ValidationError) as exc_info:
        DeviceIn.model_validate({"hostname": "", "mgmt_ip": "nope", "ssh_port": 0})
    assert sorted(error_fields(exc_info)) == ["hostname", "mgmt_ip", "ssh_port"]
