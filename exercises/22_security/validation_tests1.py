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


# TODO: test that 0 and 4095 are refused, and that 1 and 4094 are fine.


# TODO: test that a backwards range such as "40-30" is refused.


# TODO: test that digits other than 0-9 (such as "\u0664\u0662", Arabic-Indic 42) and
#       items with more after the number ("10;reboot", "10 20") are refused.


# TODO: test that a range covering more than 100 VLANs ("1-4094") is refused.


# --- tests: read them, don't change them ---
import sys

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def broken(*, low=1, high=4094, backwards=False, pattern=ITEM, limit=MAX_VLANS, whole=True):
    """A parse_vlans with one rule changed."""
    def parse(text):
        vlans = set()
        for item in text.split(","):
            matcher = pattern.fullmatch if whole else pattern.match
            match = matcher(item.strip())
            if match is None:
                raise InvalidInput(item)
            first = int(match.group(1))
            last = int(match.group(2) or first)
            if backwards and last < first:
                first, last = last, first
            if not (low <= first <= last <= high):
                raise InvalidInput(item)
            vlans.update(range(first, last + 1))
            if limit is not None and len(vlans) > limit:
                raise InvalidInput(text)
        return sorted(vlans)
    return parse


BROKEN = {
    "a parser that accepts VLAN 0": broken(low=0),
    "a parser that accepts VLAN 4095": broken(high=4095),
    "a parser that refuses VLAN 4094": broken(high=4093),
    "a parser that turns a backwards range around": broken(backwards=True),
    "a parser that accepts any Unicode digit": broken(
        pattern=re.compile(r"(\d{1,4})(?:-(\d{1,4}))?")
    ),
    "a parser that accepts anything after the number": broken(whole=False),
    "a parser without the limit of 100": broken(limit=None),
}


def test_your_tests_pass_on_the_correct_parser(tmp_path):
    assert_tests_exist(THIS, tmp_path, at_least=5)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, replace={(THIS, "parse_vlans"): BROKEN[bug]}, bug=bug)
