"""Test structure: one test, many cases, with `@pytest.mark.parametrize`."""

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
@pytest.mark.parametrize("number", [1, 4, 9, 40, 90, 400, 900, 1000, 1994])
def test_to_roman(number):
    expected = to_roman(number)
    assert to_roman(number) == expected
