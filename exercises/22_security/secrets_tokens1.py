"""Handling secrets: making new secrets with `secrets`.

`random` is a fast generator for simulations and games: from a few of its outputs, its state
and so every future output can be worked out, and seeding it makes it repeat itself. Keys
and codes that guard something come from the `secrets` module, which draws on the operating
system's cryptographic generator. Make `new_api_key` return 32 random bytes as URL-safe text
and `new_reset_code` a 6-digit code (leading zeros included), both from `secrets`.
"""
import random
import secrets
import string


def new_api_key() -> str:
    """A new API key: 32 random bytes as URL-safe text."""
    # TODO: use secrets.
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(43))


def new_reset_code() -> str:
    """A password-reset code: 6 random digits, such as "042917"."""
    # TODO: use secrets.
    return f"{random.randint(0, 999_999):06d}"


# --- tests: read them, don't change them ---
import random
import re

import pytest


@pytest.fixture
def no_random(monkeypatch):
    """The random module refuses to work: secrets must do without it."""
    def refuse(*args, **kwargs):
        raise AssertionError("random is predictable: make secrets with the secrets module")

    for name in ("random", "choice", "choices", "randint", "randrange", "getrandbits",
                 "randbytes", "sample", "shuffle"):
        monkeypatch.setattr(random, name, refuse)


def test_the_key_is_long_and_url_safe(no_random):
    key = new_api_key()
    assert len(key) >= 43
    assert re.fullmatch(r"[A-Za-z0-9_-]+", key)


def test_keys_differ(no_random):
    assert len({new_api_key() for _ in range(20)}) == 20


def test_the_reset_code_has_six_digits(no_random):
    for _ in range(50):
        assert re.fullmatch(r"[0-9]{6}", new_reset_code())


def test_reset_codes_vary_and_keep_leading_zeros(no_random):
    codes = [new_reset_code() for _ in range(3000)]
    assert len(set(codes)) > 2900
    assert any(code.startswith("0") for code in codes)


def test_seeding_random_does_not_repeat_a_key():
    random.seed(1234)
    first = new_api_key(), new_reset_code()
    random.seed(1234)
    assert (new_api_key(), new_reset_code()) != first
