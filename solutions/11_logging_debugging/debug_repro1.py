"""Debugging: reproduce a crash in a test before you fix it.

Last night the scheduler's log showed this:

    ERROR scheduler: could not load job "nightly-backup"
    Traceback (most recent call last):
      File "/srv/scheduler/jobs.py", line 41, in load_job
        interval = parse_duration(fields["every"])
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      File "/srv/scheduler/durations.py", line 14, in parse_duration
        total += int(number) * UNITS[char]
                               ~~~~~^^^^^^
    KeyError: ' '

Read it from the bottom up: which value of `char` broke it, so what kind of text
was in the job's "every" field? First write a test that reproduces the crash:
call `parse_duration` with such a text and assert the number of seconds it
should give. It fails now, for last night's reason. Then fix `parse_duration`
so that spaces are allowed anywhere in the text, and your test passes.
"""

UNITS = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text):
    """Turn a duration such as "2h", "45m", "1h30m" or "1h 30m" into seconds.
    Spaces are allowed anywhere in the text."""
    total = 0
    number = ""
    for char in text:
        if char.isdigit():
            number += char
        elif char != " ":
            total += int(number) * UNITS[char]
            number = ""
    return total


def test_a_space_between_number_and_unit():
    assert parse_duration("90 m") == 5400


# --- tests: read them, don't change them ---
# How your test is checked: it must pass on your fixed `parse_duration`. Then the
# `parse_duration` of last night is put back in its place, and your test must fail
# with it: that shows it reproduces the crash. It must also fail on a "fix" that
# stops crashing but gives the wrong number.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def parse_duration_of_last_night(text):
    total = 0
    number = ""
    for char in text:
        if char.isdigit():
            number += char
        else:
            total += int(number) * UNITS[char]
            number = ""
    return total


def parse_duration_stopping_at_a_space(text):
    return parse_duration_of_last_night(text.split()[0] if text.split() else "")


def test_your_test_passes_on_your_fixed_parse_duration(tmp_path):
    assert_tests_exist(THIS, tmp_path, against="your parse_duration")


def test_your_test_reproduces_the_crash(tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "parse_duration"): parse_duration_of_last_night},
                       "last night's crash", against="your parse_duration")


def test_your_test_checks_the_number_of_seconds(tmp_path):
    assert_tests_catch(THIS, tmp_path,
                       {(THIS, "parse_duration"): parse_duration_stopping_at_a_space},
                       "a parse_duration that stops at the first space instead of crashing",
                       against="your parse_duration")


@pytest.mark.parametrize(
    "text, seconds",
    [("90 m", 5400), ("1h 30m", 5400), ("2 h 5 m 10 s", 7510), (" 45m ", 2700)],
)
def test_spaces_are_allowed_anywhere(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text, seconds", [("2h", 7200), ("45m", 2700), ("1h30m", 5400), ("90s", 90)]
)
def test_durations_without_spaces_still_work(text, seconds):
    assert parse_duration(text) == seconds
