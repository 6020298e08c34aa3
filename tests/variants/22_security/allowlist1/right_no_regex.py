"""Input validation: describe what is allowed, and reject the rest.

Nobody can list every bad input, so a deny-list ("no spaces, no slashes") always lets
something through: an underscore, a leading hyphen, a newline, 300 characters. Describe what
IS allowed (an allow-list) and reject everything else. And never "clean up" bad input until
it passes: `ad<script>min` with the bad characters removed is `adscriptmin`, a valid name
nobody asked for. Fix both parsers: check against the rules in their docstrings, and raise
InvalidInput for anything else.
"""

import re
import string


class InvalidInput(ValueError):
    """The input is not acceptable."""


def parse_hostname(text):
    allowed = set(string.ascii_letters + string.digits + "-")
    if len(text) == 0 or len(text) > 253:
        raise InvalidInput(text)
    for label in text.split("."):
        if not 1 <= len(label) <= 63:
            raise InvalidInput(text)
        if not set(label) <= allowed or label[0] == "-" or label[-1] == "-":
            raise InvalidInput(text)
    return text.lower()


def parse_username(text):
    allowed = set(string.ascii_lowercase + string.digits + "_")
    if not 3 <= len(text) <= 32:
        raise InvalidInput(text)
    if text[0] not in string.ascii_lowercase or not set(text) <= allowed:
        raise InvalidInput(text)
    return text

