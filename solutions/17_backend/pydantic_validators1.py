"""Request validation: your own rules with a validator.

Types and `Field` limits can't express every rule. A `@field_validator("name")` method runs
after pydantic has checked the field's type: it returns the value to store (so it can clean
it up) or raises `ValueError`, which pydantic turns into a ValidationError naming the field.
Add one for `hostname`: remove the spaces around it and lower-case it, and reject a hostname
that is then empty. `tags` gets the same treatment for each tag, duplicates removed in order.
"""
from pydantic import BaseModel, Field, field_validator


class DeviceIn(BaseModel):
    hostname: str = Field(max_length=63)
    tags: list[str] = []

    @field_validator("hostname")
    @classmethod
    def normalise_hostname(cls, value: str) -> str:
        value = value.strip().lower()
        if not value:
            raise ValueError("hostname must not be blank")
        return value

    @field_validator("tags")
    @classmethod
    def normalise_tags(cls, tags: list[str]) -> list[str]:
        cleaned = [tag.strip().lower() for tag in tags]
        return list(dict.fromkeys(tag for tag in cleaned if tag))


# --- tests: read them, don't change them ---
import pytest
from pydantic import ValidationError


def test_hostname_is_normalised():
    assert DeviceIn(hostname="  Core-SW1 ").hostname == "core-sw1"
    assert DeviceIn(hostname="rtr-fra-01").hostname == "rtr-fra-01"


@pytest.mark.parametrize("hostname", ["", "   ", "\t\n"])
def test_blank_hostname_is_rejected(hostname):
    with pytest.raises(ValidationError) as exc_info:
        DeviceIn(hostname=hostname)
    assert [error["loc"] for error in exc_info.value.errors()] == [("hostname",)]


def test_tags_are_normalised_and_deduplicated_in_order():
    device = DeviceIn(hostname="sw1", tags=["Prod", " edge ", "prod", "", "EU", "edge"])
    assert device.tags == ["prod", "edge", "eu"]


def test_no_tags_is_fine():
    assert DeviceIn(hostname="sw1").tags == []
