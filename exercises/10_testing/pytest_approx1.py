"""Assertions: comparing floats with `pytest.approx`.

`split_bill` is correct, yet the test below fails: floats carry tiny rounding
errors, so `==` is the wrong tool for them. Fix that test with `pytest.approx`,
then write a test where the share is not a round number.
"""

import pytest


def split_bill(total, people, tip_percent):
    """Return each exact share (not rounded) of the total plus the tip."""
    return total * (1 + tip_percent / 100) / people


def test_four_people_share_a_bill_with_tip():
    # TODO: correct code fails this comparison. Why?
    assert split_bill(100, 4, 15) == 28.75


# TODO: write test_ten_euros_shared_by_three (no tip: each pays a third of 10)


# --- tests: read them, don't change them ---
# How your tests are checked: each broken `split_bill` below is put in place of
# the real one, then your tests run again. For every one of them at least one
# of your tests must fail, or that bug would slip through.

import inspect
import os
import math
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "split_bill"


def split_bill_ignoring_the_tip(total, people, tip_percent):
    return total / people


def split_bill_rounding_down(total, people, tip_percent):
    return math.floor(total * (1 + tip_percent / 100) / people)


def split_bill_taking_the_tip_as_a_fraction(total, people, tip_percent):
    return total * (1 + tip_percent) / people


def split_bill_rounding_to_cents(total, people, tip_percent):
    return round(total * (1 + tip_percent / 100) / people, 2)


BROKEN = {
    "a split_bill that ignores the tip": split_bill_ignoring_the_tip,
    "a split_bill that rounds each share down to whole euros": split_bill_rounding_down,
    "a split_bill that reads 15 as 1500 %": split_bill_taking_the_tip_as_a_fraction,
    "a split_bill that rounds each share to cents": split_bill_rounding_to_cents,
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
