"""Assertions: comparing floats with `pytest.approx`.

`split_bill` is correct, yet the test below fails: floats carry tiny rounding
errors, so `==` is the wrong tool for them. Fix that test with a comparison that
allows for rounding noise (`pytest.approx` is made for this), then write a test
where the share is not a round number.
"""

import pytest


def split_bill(total, people, tip_percent):
    """Return each exact share (not rounded) of the total plus the tip."""
    return total * (1 + tip_percent / 100) / people


def test_four_people_share_a_bill_with_tip():
    assert split_bill(100, 4, 15) == pytest.approx(28.75)


def test_ten_euros_shared_by_three():
    assert split_bill(10, 3, 0) == pytest.approx(10 / 3)


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `split_bill` above. Then each
# broken `split_bill` below is put in its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail, or that bug would
# slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


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


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "split_bill"): BROKEN[bug]}, bug)
