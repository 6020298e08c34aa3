"""Mocking with `monkeypatch`: replace what a test must not really do.

`retry` is correct, but testing it as it is would really wait 1 + 2 seconds.
pytest's `monkeypatch` fixture replaces an attribute for one test and puts the
original back afterwards: after `monkeypatch.setattr(time, "sleep", fake)`,
`retry` calls `fake` instead of sleeping, and `fake` can note how long it was
asked to wait. Write the tests of the TODOs; none of them may really sleep.
"""

import time


def retry(action, attempts=3, delay=1.0):
    """Call `action()` and return what it returns. When it raises ConnectionError,
    wait and call it again, up to `attempts` calls in all: the first wait is `delay`
    seconds, each next one twice as long. There is no wait after the last call:
    its ConnectionError goes to the caller. Any other error goes to the caller at
    once, without a retry."""
    for attempt in range(attempts):
        try:
            return action()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(delay * 2 ** attempt)


def flaky(failures, result):
    """An action for your tests: it raises ConnectionError on its first `failures`
    calls, then returns `result`. `action.calls` counts the calls."""
    def action():
        action.calls += 1
        if action.calls <= failures:
            raise ConnectionError(f"failure {action.calls}")
        return result
    action.calls = 0
    return action


def test_success_at_once_does_not_wait(monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    assert retry(flaky(0, "ok")) == "ok"
    assert waits == []


# TODO: with delay=0.5, an action that fails twice and then works gives its
#       result after waits of 0.5 and 1.0 seconds


# TODO: with attempts=3, an action that always fails: its ConnectionError reaches
#       the caller after 3 calls and only 2 waits


# TODO: an action that raises ValueError: the error reaches the caller after one
#       call and no wait


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `retry` above, and a real
# time.sleep fails them. Then each broken `retry` below is put in its place in
# turn, and your tests run again: for every one of them at least one of your tests
# must fail, or that bug would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


@pytest.fixture(autouse=True)
def no_real_sleep(monkeypatch):
    def real_sleep(seconds):
        raise AssertionError(
            f"time.sleep({seconds}) really ran: replace it with monkeypatch.setattr")
    monkeypatch.setattr(time, "sleep", real_sleep)


def retry_without_doubling(action, attempts=3, delay=1.0):
    for attempt in range(attempts):
        try:
            return action()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(delay)


def retry_ignoring_delay(action, attempts=3, delay=1.0):
    for attempt in range(attempts):
        try:
            return action()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(2 ** attempt)


def retry_waiting_after_the_last_call(action, attempts=3, delay=1.0):
    for attempt in range(attempts):
        try:
            return action()
        except ConnectionError:
            time.sleep(delay * 2 ** attempt)
            if attempt == attempts - 1:
                raise


def retry_one_call_short(action, attempts=3, delay=1.0):
    for attempt in range(attempts - 1):
        try:
            return action()
        except ConnectionError:
            if attempt == attempts - 2:
                raise
            time.sleep(delay * 2 ** attempt)


def retry_returning_none_at_the_end(action, attempts=3, delay=1.0):
    for attempt in range(attempts):
        try:
            return action()
        except ConnectionError:
            if attempt == attempts - 1:
                return None
            time.sleep(delay * 2 ** attempt)


def retry_retrying_every_error(action, attempts=3, delay=1.0):
    for attempt in range(attempts):
        try:
            return action()
        except Exception:
            if attempt == attempts - 1:
                raise
            time.sleep(delay * 2 ** attempt)


BROKEN = {
    "a retry that waits `delay` every time instead of doubling": retry_without_doubling,
    "a retry that ignores `delay`": retry_ignoring_delay,
    "a retry that also waits after the last call": retry_waiting_after_the_last_call,
    "a retry that makes one call too few": retry_one_call_short,
    "a retry that returns None instead of raising the last error":
        retry_returning_none_at_the_end,
    "a retry that retries every error, not only ConnectionError": retry_retrying_every_error,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "retry"): BROKEN[bug]}, bug)
