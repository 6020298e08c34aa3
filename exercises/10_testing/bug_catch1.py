"""Why testing matters: a test catches a bug before a user does.

`average` has a bug nobody has noticed. Finish the test below so it checks that
the average of [2, 4, 6] is 4, run it and read pytest's report, then fix
`average` so your test passes.
"""


def average(numbers):
    """Return the arithmetic mean of a non-empty list of numbers."""
    total = 0
    for i in range(1, len(numbers)):
        total += numbers[i]
    return total / len(numbers)


def test_average_of_three_numbers():
    result = average([2, 4, 6])
    # TODO: assert that result is 4


# --- tests: read them, don't change them ---
# How your test is checked: it must pass on your fixed `average`. Then the buggy
# `average` this file started with is put back in its place, and your test runs
# again: it must fail then, or it would not protect anyone from that bug.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def average_as_shipped(numbers):
    total = 0
    for i in range(1, len(numbers)):
        total += numbers[i]
    return total / len(numbers)


def test_your_test_passes_on_the_fixed_average(tmp_path):
    assert_tests_exist(THIS, tmp_path, against="your average")


def test_your_test_catches_the_bug(tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "average"): average_as_shipped},
                       "the buggy average this exercise started with", against="your average")


def test_average_is_fixed():
    assert average([2, 4, 6]) == 4
    assert average([7]) == 7
    assert average([1, 2]) == 1.5
