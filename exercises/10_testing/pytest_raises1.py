"""Assertions: checking that code raises an error with `pytest.raises`.

`parse_age` is correct: it turns text into an age from 0 to 150 inclusive and
raises ValueError for anything else. The first test looks like it checks the
error but passes even when nothing is raised: fix it, then write the others.
"""

import pytest


def parse_age(text):
    """Return the age in `text` as an int; ValueError unless it is 0 to 150."""
    age = int(text)
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return age


def test_valid_age_is_parsed():
    assert parse_age("42") == 42


def test_negative_age_is_rejected():
    # TODO: this passes even if parse_age returns normally. Use pytest.raises.
    try:
        parse_age("-5")
    except ValueError:
        pass


# TODO: write test_text_that_is_not_a_number_is_rejected ("forty")


# TODO: write test_age_above_150_is_rejected, and check that 150 itself is fine


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `parse_age` above. Then each
# broken `parse_age` below is put in its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail, or that bug would
# slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def parse_age_accepting_negatives(text):
    age = int(text)
    if age > 150:
        raise ValueError(f"age out of range: {age}")
    return age


def parse_age_returning_0_for_words(text):
    try:
        age = int(text)
    except ValueError:
        return 0
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return age


def parse_age_without_upper_limit(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age out of range: {age}")
    return age


def parse_age_rejecting_150(text):
    age = int(text)
    if not 0 <= age < 150:
        raise ValueError(f"age out of range: {age}")
    return age


def parse_age_raising_the_wrong_error(text):
    age = int(text)
    if not 0 <= age <= 150:
        raise TypeError(f"age out of range: {age}")
    return age


BROKEN = {
    "a parse_age that accepts negative ages": parse_age_accepting_negatives,
    "a parse_age that returns 0 for text that is not a number": parse_age_returning_0_for_words,
    "a parse_age that accepts ages above 150": parse_age_without_upper_limit,
    "a parse_age that rejects 150 itself": parse_age_rejecting_150,
    "a parse_age that raises TypeError instead of ValueError": parse_age_raising_the_wrong_error,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "parse_age"): BROKEN[bug]}, bug)
