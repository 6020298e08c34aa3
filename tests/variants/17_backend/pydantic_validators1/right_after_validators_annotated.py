"""Request validation: your own rules with a validator.

Types and `Field` limits can't express every rule. A `@field_validator("name")` method runs
after pydantic has checked the field's type: it returns the value to store (so it can clean
it up) or raises `ValueError`, which pydantic turns into a ValidationError naming the field.
Add one for `hostname`: remove the spaces around it and lower-case it, and reject a hostname
that is then empty. `tags` gets the same treatment for each tag, duplicates removed in order.
"""
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field


def clean_hostname(value: str) -> str:
    if value.strip() == "":
        raise ValueError("blank hostname")
    return value.strip().lower()


def clean_tags(tags: list[str]) -> list[str]:
    seen = []
    for tag in tags:
        tag = tag.strip().lower()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


class DeviceIn(BaseModel):

    hostname: Annotated[str, AfterValidator(clean_hostname)] = Field(max_length=63)
    tags: Annotated[list[str], AfterValidator(clean_tags)] = []


