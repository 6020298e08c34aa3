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
        (4, "IV"),
        (9, "IX"),
        (40, "XL"),
        (90, "XC"),
        (400, "CD"),
        (900, "CM"),
        (1994, "MCMXCIV"),
    ],
)
def test_to_roman(number, expected):
    assert to_roman(number) == expected


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `to_roman` above. Then each
# broken `to_roman` below is put in its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail, or that bug would
# slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


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
    "a to_roman that writes 40 as XXXX": without("XL"),
    "a to_roman that writes 90 as LXXXX": without("XC"),
    "a to_roman that writes 400 as CCCC": without("CD"),
    "a to_roman that writes 900 as DCCCC": without("CM"),
    "a to_roman without the symbol M": without("M"),
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "to_roman"): BROKEN[bug]}, bug)
