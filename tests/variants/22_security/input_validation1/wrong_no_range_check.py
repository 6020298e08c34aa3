"""Input validation: parse a number, don't just match it.

Check input once, where it enters the program, and turn it into the value you need or reject
it. `parse_port` takes a TCP port typed into a form. Its regular expression has two holes:
`\\d` matches the digits of every script (Arabic-Indic "٨٠" too, which int() accepts), and
`$` also matches before a final newline. Match the whole text with `re.fullmatch` and
`[0-9]`, and then check the range: 1 to 65535.
"""

import re


class InvalidInput(ValueError):
    """The input is not acceptable."""


def parse_port(text: str) -> int:
    """A TCP port typed in a form: 1 to 65535, written with the digits 0-9 only."""
    if not re.fullmatch(r"[0-9]{1,5}", text):
        raise InvalidInput(f"not a port: {text!r}")
    return int(text)
