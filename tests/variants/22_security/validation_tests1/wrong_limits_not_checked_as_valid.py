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


@pytest.mark.parametrize("text", ["0", "4095", "0-5", "4090-4095"])
def test_ids_outside_1_to_4094_are_refused(text):
    with pytest.raises(InvalidInput):
        parse_vlans(text)


def test_a_backwards_range_is_refused():
    with pytest.raises(InvalidInput):
        parse_vlans("40-30")


@pytest.mark.parametrize("text", ["\u0664\u0662", "10,\u0661\u0660", "10;reboot", "10 20"])
def test_only_ascii_digits_and_nothing_after(text):
    with pytest.raises(InvalidInput):
        parse_vlans(text)


def test_more_than_100_vlans_are_refused():
    with pytest.raises(InvalidInput):
        parse_vlans("1-4094")


