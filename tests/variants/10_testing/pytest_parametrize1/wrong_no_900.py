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
@pytest.mark.parametrize(
    "number, expected",
    [
        (1, "I"),
        (4, "IV"),
        (9, "IX"),
        (40, "XL"),
        (90, "XC"),
        (400, "CD"),
        (1000, "M"),
    ],
)
def test_to_roman(number, expected):
    assert to_roman(number) == expected
