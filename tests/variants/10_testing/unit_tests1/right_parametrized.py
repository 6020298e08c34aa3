"""Unit testing basics: test one small unit, one behaviour per test."""


def is_leap_year(year):
    """Leap years are divisible by 4, except centuries, except every 400 years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


import pytest


@pytest.mark.parametrize(
    "year, leap",
    [(2024, True), (1999, False), (2022, False), (1800, False), (2100, False), (2400, True)],
)
def test_is_leap_year(year, leap):
    assert is_leap_year(year) == leap
