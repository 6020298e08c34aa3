"""Input validation: tests that try to get bad input through.

`parse_vlans` is correct: it parses what an operator types to pick VLANs ("10,20,30-32")
and rejects everything else. A validator is only as good as the tests that attack it, so
write them. Each test below the TODOs should feed it input that a careless parser would
accept, and check that it raises InvalidInput; one test checks what a valid list gives.
"""
import re

import pytest


class InvalidInput(ValueError):
    """The input is not acceptable."""


ITEM = re.compile(r"([0-9]{1,4})(?:-([0-9]{1,4}))?")
MAX_VLANS = 100


def parse_vlans(text: str) -> list[int]:
    """VLAN ids from "10,20,30-32": 1 to 4094 each, ranges low-high, at most 100 in all.

    Returns the ids sorted, each once. Anything else raises InvalidInput.
    """
    vlans = set()
    for item in text.split(","):
        match = ITEM.fullmatch(item.strip())
        if match is None:
            raise InvalidInput(f"not a VLAN or a range: {item!r}")
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if not 1 <= low <= high <= 4094:
            raise InvalidInput(f"out of range or backwards: {item!r}")
        vlans.update(range(low, high + 1))
        if len(vlans) > MAX_VLANS:
            raise InvalidInput(f"more than {MAX_VLANS} VLANs")
    return sorted(vlans)


def test_a_valid_list():
    assert parse_vlans("30-32, 10,20,10") == [10, 20, 30, 31, 32]


BAD = ["0", "4095", "40-30", "\u0664\u0662", "10;reboot", "1-4094", "", "5-"]


def test_every_bad_input_is_refused():
    for text in BAD:
        with pytest.raises(InvalidInput):
            parse_vlans(text)


def test_limits_are_accepted():
    assert parse_vlans("4094") == [4094]
    assert parse_vlans("1") == [1]


def test_exactly_100_is_fine():
    assert len(parse_vlans("1-100")) == 100


def test_ranges_expand():
    assert parse_vlans("7-9") == [7, 8, 9]
