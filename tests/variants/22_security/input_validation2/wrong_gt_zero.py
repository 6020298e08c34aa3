from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class CreateServer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"[a-z][a-z0-9-]{2,30}")
    size: Literal["small", "medium", "large"]
    replicas: int = Field(default=1, gt=0, lt=10)
    tags: list[Annotated[str, Field(min_length=1, max_length=20)]] = Field(default=[], max_length=5)


def parse_request(data):
    return CreateServer.model_validate(data)
