import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator


class Size(str, Enum):
    small = "small"
    medium = "medium"
    large = "large"


class CreateServer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    size: Size
    replicas: int = 1
    tags: list[str] = []

    @field_validator("name")
    @classmethod
    def check_name(cls, value):
        if not re.fullmatch(r"[a-z][a-z0-9-]{2,30}", value):
            raise ValueError("bad name")
        return value

    @field_validator("replicas")
    @classmethod
    def check_replicas(cls, value):
        if value < 1 or value > 10:
            raise ValueError("replicas must be 1-10")
        return value

    @field_validator("tags")
    @classmethod
    def check_tags(cls, value):
        if len(value) > 5 or any(not 1 <= len(tag) <= 20 for tag in value):
            raise ValueError("bad tags")
        return value


def parse_request(data):
    return CreateServer(**data)
