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
        return list(dict.fromkeys(cleaned))


