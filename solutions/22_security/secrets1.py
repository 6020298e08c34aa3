"""Handling secrets: from the environment, never from the code.

A secret written in the code ends up in every copy of the code, in the git history, in
backups and in screenshots, and can't be changed without a new release. Read the API token
from the environment variable SERVICE_API_TOKEN instead, and refuse to go on without it: a
missing or empty variable raises MissingSecret, with a message that names the variable.
There is no fallback value.
"""
import os


class MissingSecret(Exception):
    """A required secret is not configured."""


def get_api_token(env=None) -> str:
    """The token in SERVICE_API_TOKEN (env defaults to os.environ)."""
    env = os.environ if env is None else env
    token = env.get("SERVICE_API_TOKEN")
    if not token:
        raise MissingSecret("SERVICE_API_TOKEN is not set")
    return token


# --- tests: read them, don't change them ---
import sys

import pytest

from coursekit import learner_source


def test_the_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SERVICE_API_TOKEN", "from-env-123")
    assert get_api_token() == "from-env-123"


def test_the_token_can_come_from_a_given_mapping():
    assert get_api_token({"SERVICE_API_TOKEN": "abc"}) == "abc"


def test_a_missing_token_stops_the_program(monkeypatch):
    monkeypatch.delenv("SERVICE_API_TOKEN", raising=False)
    with pytest.raises(MissingSecret, match="SERVICE_API_TOKEN"):
        get_api_token()


def test_an_empty_token_counts_as_missing():
    with pytest.raises(MissingSecret):
        get_api_token({"SERVICE_API_TOKEN": ""})


def test_no_token_is_left_in_the_code():
    source = learner_source(sys.modules[__name__])
    assert "sk-live-" not in source, "the old token is still in the code: remove it"
