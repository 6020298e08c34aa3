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
    port = int(text)
    if not 1 <= port <= 65535:
        raise InvalidInput(f"port out of range: {port}")
    return port


# --- tests: read them, don't change them ---
import pytest


def test_port_accepts_valid_numbers():
    assert parse_port("443") == 443
    assert parse_port("1") == 1
    assert parse_port("65535") == 65535


@pytest.mark.parametrize("text", ["0", "65536", "99999999999"])
def test_port_rejects_numbers_out_of_range(text):
    with pytest.raises(InvalidInput):
        parse_port(text)


@pytest.mark.parametrize("text", ["", " 80", "+80", "8_0", "80\n", "0x50", "\u0668\u0660"])
def test_port_rejects_anything_but_plain_digits(text):
    with pytest.raises(InvalidInput):
        parse_port(text)
