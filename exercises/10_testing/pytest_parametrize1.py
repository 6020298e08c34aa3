"""Test structure: one test, many cases, with `@pytest.mark.parametrize`.

`to_roman` is correct. The parametrized test runs once per (number, expected)
pair, but only checks easy numbers. Add cases so that every subtractive pair
(IV, IX, XL, XC, CD, CM) and an M appear in some expected value.
"""

import pytest

SYMBOLS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(number):
    """Write a whole number from 1 to 3999 in Roman numerals."""
    result = ""
    for value, symbol in SYMBOLS:
        while number >= value:
            result += symbol
            number -= value
    return result


@pytest.mark.parametrize(
    "number, expected",
    [
        (1, "I"),
        (3, "III"),
        (6, "VI"),
        # TODO: add cases such as (4, "IV"), and more for the other pairs
    ],
)
def test_to_roman(number, expected):
    assert to_roman(number) == expected


# --- tests: read them, don't change them ---
# How your tests are checked: each broken `to_roman` below is put in place of
# the real one, then your tests run again. For every one of them at least one
# of your tests must fail, or that bug would slip through.

import inspect
import os
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "to_roman"


def roman_with_symbols(symbols):
    def broken_to_roman(number):
        result = ""
        for value, symbol in symbols:
            while number >= value:
                result += symbol
                number -= value
        return result
    return broken_to_roman


def without(*missing):
    return roman_with_symbols([pair for pair in SYMBOLS if pair[1] not in missing])


BROKEN = {
    "a to_roman that writes 4 as IIII": without("IV"),
    "a to_roman that writes 9 as VIV": without("IX"),
    "a to_roman that writes 40 as XXXX and 90 as LXXXX": without("XL", "XC"),
    "a to_roman that writes 400 as CCCC and 900 as DCCCC": without("CD", "CM"),
    "a to_roman without the symbol M": without("M"),
}

THIS_MODULE = sys.modules[__name__]


def _run_your_tests(tmp_path):
    """Run pytest again on the tests you wrote above; count passes and failures."""
    counts = {"passed": 0, "failed": 0}

    class Recorder:
        def pytest_collection_modifyitems(self, items):
            items[:] = [it for it in items if it.location[1] < CHECKS_START]

        def pytest_runtest_logreport(self, report):
            if report.failed:
                counts["failed"] += 1
            elif report.when == "call":
                counts["passed"] += 1

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-c", os.devnull, f"--rootdir={here}", f"--confcutdir={here}",
            "-p", "no:terminal", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'run'}"]
    pytest.main(args, plugins=[Recorder()])
    return counts


def test_your_tests_exist(tmp_path):
    counts = _run_your_tests(tmp_path)
    if counts["passed"] + counts["failed"] == 0:
        pytest.fail("pytest found none of your tests: write functions named test_...")


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, monkeypatch, tmp_path):
    monkeypatch.setattr(THIS_MODULE, TARGET, BROKEN[bug])
    counts = _run_your_tests(tmp_path)
    if counts["failed"] == 0:
        pytest.fail(f"your tests did not catch: {bug}")
