"""At an API boundary, a pydantic model is the allow-list: it names every accepted field with
its type and limits, and parsing either gives a valid object or a ValidationError listing what
is wrong. Tighten CreateServer so that every request the tests call invalid is rejected.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class CreateServer(BaseModel):
    """A request to create servers, as it arrives in a JSON body."""

    # TODO: refuse fields the model doesn't name (ConfigDict(extra="forbid"));
    #       by default pydantic silently drops them
    model_config = ConfigDict()

    # TODO: 3-31 characters: a lowercase letter, then lowercase letters, digits or "-"
    name: str
    # TODO: only "small", "medium" or "large"
    size: str
    # TODO: between 1 and 10
    replicas: int = 1
    # TODO: at most 5 tags, each 1-20 characters
    tags: list[str] = []


def parse_request(data: dict) -> CreateServer:
    """The validated request; pydantic's ValidationError if anything is wrong."""
    return CreateServer.model_validate(data)


# --- tests: read them, don't change them ---
import pytest

VALID = {"name": "web-01", "size": "medium", "replicas": 3, "tags": ["prod", "eu"]}


def test_a_valid_request_is_parsed():
    request = parse_request(VALID)
    assert (request.name, request.size, request.replicas, request.tags) == (
        "web-01", "medium", 3, ["prod", "eu"]
    )


def test_defaults_fill_in_optional_fields():
    request = parse_request({"name": "db-1", "size": "large"})
    assert (request.replicas, request.tags) == (1, [])


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        parse_request({**VALID, "is_admin": True})


@pytest.mark.parametrize("name", ["Web-01", "1web", "ab", "web_01", "w" * 32, "web 01"])
def test_bad_names_are_rejected(name):
    with pytest.raises(ValidationError):
        parse_request({**VALID, "name": name})


@pytest.mark.parametrize("size", ["huge", "Small", ""])
def test_only_known_sizes_are_accepted(size):
    with pytest.raises(ValidationError):
        parse_request({**VALID, "size": size})


@pytest.mark.parametrize("replicas", [0, -1, 11, 10_000])
def test_replicas_must_be_between_1_and_10(replicas):
    with pytest.raises(ValidationError):
        parse_request({**VALID, "replicas": replicas})


def test_replica_limits_themselves_are_fine():
    assert parse_request({**VALID, "replicas": 1}).replicas == 1
    assert parse_request({**VALID, "replicas": 10}).replicas == 10


@pytest.mark.parametrize("tags", [["t"] * 6, [""], ["x" * 21]])
def test_tags_are_limited(tags):
    with pytest.raises(ValidationError):
        parse_request({**VALID, "tags": tags})
