"""At an API boundary, a pydantic model is the allow-list: it names every accepted field with
its type and limits, and parsing either gives a valid object or a ValidationError listing what
is wrong. Tighten CreateServer so that every request the tests call invalid is rejected.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class CreateServer(BaseModel):
    """A request to create servers, as it arrives in a JSON body."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9-]{2,30}$")
    size: Literal["small", "medium", "large"]
    replicas: int = Field(default=1, ge=1)
    tags: list[Annotated[str, Field(min_length=1, max_length=20)]] = Field(
        default=[], max_length=5
    )

def parse_request(data: dict) -> CreateServer:
    """The validated request; pydantic's ValidationError if anything is wrong."""
    return CreateServer.model_validate(data)


