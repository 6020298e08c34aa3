"""A secret written in the code ends up in every copy of the code, in the git history too.
Read the API token from the environment and refuse to run without it, compare tokens with
hmac.compare_digest, and make new keys with the secrets module instead of random.
"""

import hmac
import os
import random
import secrets
import string


class MissingSecret(Exception):
    """A required secret is not configured."""


def get_api_token(env=None) -> str:
    """The token in SERVICE_API_TOKEN (env defaults to os.environ).

    Raises MissingSecret if the variable is unset or empty.
    """
    env = os.environ if env is None else env
    # TODO: no fallback in the code: without the variable, raise MissingSecret
    return env.get("SERVICE_API_TOKEN", "sk-live-4f8a9c2e51d7")


def token_matches(given: str, expected: str) -> bool:
    """Does the token a client sent match the expected one?"""
    # TODO: == stops at the first different character, so its timing tells an attacker how
    #       much of a guess is right; hmac.compare_digest takes the same time either way
    return given == expected


def new_api_key() -> str:
    """A new API key: 32 random bytes as URL-safe text."""
    # TODO: random is a predictable generator meant for simulations; use secrets
    return "".join(random.choice(string.hexdigits) for _ in range(16))


# --- tests: read them, don't change them ---
import random
import re

import pytest


class NoEquals(str):
    """A str that refuses to be compared with ==."""

    def __eq__(self, other):
        raise AssertionError("compared with ==, which leaks timing")

    __ne__ = __eq__
    __hash__ = str.__hash__


def test_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SERVICE_API_TOKEN", "from-env-123")
    assert get_api_token() == "from-env-123"


def test_token_can_come_from_a_given_mapping():
    assert get_api_token({"SERVICE_API_TOKEN": "abc"}) == "abc"


def test_missing_token_stops_the_program(monkeypatch):
    monkeypatch.delenv("SERVICE_API_TOKEN", raising=False)
    with pytest.raises(MissingSecret):
        get_api_token()


def test_empty_token_counts_as_missing():
    with pytest.raises(MissingSecret):
        get_api_token({"SERVICE_API_TOKEN": ""})


def test_token_matches_only_the_same_token():
    assert token_matches("s3cret-token", "s3cret-token")
    assert not token_matches("s3cret-tokem", "s3cret-token")
    assert not token_matches("s3cret", "s3cret-token")


def test_token_matches_compares_in_constant_time():
    assert token_matches(NoEquals("s3cret-token"), NoEquals("s3cret-token"))
    assert not token_matches(NoEquals("guess"), NoEquals("s3cret-token"))


def test_new_key_is_long_and_url_safe():
    key = new_api_key()
    assert len(key) >= 43
    assert re.fullmatch(r"[A-Za-z0-9_-]+", key)


def test_new_keys_differ():
    assert len({new_api_key() for _ in range(20)}) == 20


def test_new_key_cannot_be_replayed_by_seeding_random():
    random.seed(1234)
    first = new_api_key()
    random.seed(1234)
    assert new_api_key() != first
