"""Mocking with `monkeypatch`: replace what a test must not really do.

`retry` is correct, but testing it as it is would really wait 1 + 2 seconds.
pytest's `monkeypatch` fixture replaces an attribute for one test and puts the
original back afterwards: after `monkeypatch.setattr(time, "sleep", fake)`,
`retry` calls `fake` instead of sleeping, and `fake` can note how long it was
asked to wait. Write the tests of the TODOs; none of them may really sleep.
"""

import time

import pytest


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


def test_failures_are_retried_with_doubling_waits():
    start = time.monotonic()
    assert retry(flaky(2, "ok"), delay=0.01) == "ok"
    assert time.monotonic() - start >= 0.03


def test_the_last_connection_error_reaches_the_caller(monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    action = flaky(5, "never")
    with pytest.raises(ConnectionError):
        retry(action, attempts=3)
    assert action.calls == 3
    assert waits == [1.0, 2.0]


def test_other_errors_are_not_retried(monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    calls = []

    def broken():
        calls.append(1)
        raise ValueError("bad data")

    with pytest.raises(ValueError):
        retry(broken)
    assert calls == [1]
    assert waits == []
