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
# How your tests are checked: each broken `is_leap_year` below is put in place
# of the real one, then your tests run again. For every one of them at least
# one of your tests must fail, or that bug would slip through.

import inspect
import os
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "is_leap_year"


def every_year_is_leap(year):
    return True


def only_checks_divisible_by_4(year):
    return year % 4 == 0


def forgets_the_400_year_rule(year):
    return year % 4 == 0 and year % 100 != 0


def checks_divisible_by_400_only(year):
    return year % 400 == 0


BROKEN = {
    "an is_leap_year that says every year is a leap year": every_year_is_leap,
    "an is_leap_year that only checks 'divisible by 4'": only_checks_divisible_by_4,
    "an is_leap_year that forgets the 400-year rule": forgets_the_400_year_rule,
    "an is_leap_year that only checks 'divisible by 400'": checks_divisible_by_400_only,
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
