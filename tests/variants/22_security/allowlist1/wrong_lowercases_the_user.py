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
    label = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
    if not 0 < len(text) <= 253:
        raise InvalidInput(f"host name too long or empty: {len(text)} characters")
    if not all(label.fullmatch(part) for part in text.split(".")):
        raise InvalidInput(f"not a host name: {text!r}")
    return text.lower()


def parse_username(text: str) -> str:
    """A user name: 3-32 characters, a lowercase letter, then lowercase letters, digits or _."""
    text = text.strip().lower()
    if not re.fullmatch(r"[a-z][a-z0-9_]{2,31}", text):
        raise InvalidInput(f"not a user name: {text!r}")
    return text


