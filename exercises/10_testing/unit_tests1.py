"""Unit testing basics: test one small unit, one behaviour per test.

`is_leap_year` is correct. Write the missing tests, one per rule of the
Gregorian calendar, so that a broken `is_leap_year` would make one of them fail.
The first test is done for you and shows the shape.
"""


def is_leap_year(year):
    """Leap years are divisible by 4, except centuries, except every 400 years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def test_year_divisible_by_4_is_leap():
    assert is_leap_year(2024)


def test_year_not_divisible_by_4_is_not_leap():
    # TODO: pick a year such as 2023 and assert that it is NOT a leap year
    assert is_leap_year(2024)


def test_century_is_not_leap():
    # TODO: a year like 1900 is divisible by 4 but is not a leap year
    assert is_leap_year(2024)


def test_every_400_years_is_leap():
    # TODO: a year like 2000 is a leap year after all
    assert is_leap_year(2024)


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `is_leap_year` above. Then each
# broken `is_leap_year` below is put in its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail, or that bug would
# slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def every_year_is_leap(year):
    return True


def every_year_but_centuries_is_leap(year):
    return year % 100 != 0 or year % 400 == 0


def only_checks_divisible_by_4(year):
    return year % 4 == 0


def forgets_the_400_year_rule(year):
    return year % 4 == 0 and year % 100 != 0


def checks_divisible_by_400_only(year):
    return year % 400 == 0


BROKEN = {
    "an is_leap_year that says every year is a leap year": every_year_is_leap,
    "an is_leap_year that says every year but the centuries is a leap year":
        every_year_but_centuries_is_leap,
    "an is_leap_year that only checks 'divisible by 4'": only_checks_divisible_by_4,
    "an is_leap_year that forgets the 400-year rule": forgets_the_400_year_rule,
    "an is_leap_year that only checks 'divisible by 400'": checks_divisible_by_400_only,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "is_leap_year"): BROKEN[bug]}, bug)
