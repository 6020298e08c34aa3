"""Input validation: describe what is allowed, and reject the rest.

Nobody can list every bad input, so a deny-list ("no spaces, no slashes") always lets
something through: an underscore, a leading hyphen, a newline, 300 characters. Describe what
IS allowed (an allow-list) and reject everything else. And never "clean up" bad input until
it passes: `ad<script>min` with the bad characters removed is `adscriptmin`, a valid name
nobody asked for. Fix both parsers: check against the rules in their docstrings, and raise
InvalidInput for anything else.
"""

import re


class InvalidInput(ValueError):
    """The input is not acceptable."""


def parse_hostname(text: str) -> str:
    """A DNS host name, lowercased.

    At most 253 characters; labels separated by dots, each 1-63 letters, digits or
    hyphens, not starting or ending with a hyphen.
    """
    # TODO: this refuses a few characters it knows to be bad (a deny-list); instead check
    #       the total length and match every label against an allow-list pattern
    if not text or " " in text or "/" in text:
        raise InvalidInput(f"not a host name: {text!r}")
    return text.lower()


def parse_username(text: str) -> str:
    """A user name: 3-32 characters, a lowercase letter, then lowercase letters, digits or _."""
    # TODO: reject a bad name instead of removing the characters that are not allowed
    cleaned = re.sub(r"[^a-z0-9_]", "", text)
    if not cleaned:
        raise InvalidInput(f"not a user name: {text!r}")
    return cleaned


# --- tests: read them, don't change them ---
import pytest


def test_hostname_is_lowercased():
    assert parse_hostname("Web-1.Example.com") == "web-1.example.com"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "web_1.example.com",
        "-web.example.com",
        "web-.example.com",
        "web..example.com",
        "web.example.com;reboot",
        "web.example.com\n",
        "a" * 64 + ".example.com",
        ".".join(["a" * 63] * 4) + ".com",
    ],
)
def test_hostname_rejects_what_dns_does_not_allow(text):
    with pytest.raises(InvalidInput):
        parse_hostname(text)


def test_username_accepts_a_valid_name():
    assert parse_username("ana_ops2") == "ana_ops2"


@pytest.mark.parametrize(
    "text", ["ad<script>min", "Ana", "ab", "2fast", "x" * 33, "ana\n", "ana ops", "a" * 10_000]
)
def test_username_rejects_instead_of_cleaning(text):
    with pytest.raises(InvalidInput):
        parse_username(text)
