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


from unittest import mock


def test_success_at_once_does_not_wait(monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    assert retry(flaky(0, "ok")) == "ok"
    assert waits == []


def test_doubling_waits():
    action = mock.Mock(side_effect=[ConnectionError(), ConnectionError(), 42])
    with mock.patch("time.sleep") as sleep:
        assert retry(action, delay=0.5) == 42
    assert sleep.call_args_list == [mock.call(0.5), mock.call(1.0)]
    assert action.call_count == 3


def test_gives_up():
    action = mock.Mock(side_effect=ConnectionError("down"))
    with mock.patch.object(time, "sleep") as sleep:
        with pytest.raises(ConnectionError, match="down"):
            retry(action, attempts=3)
    assert action.call_count == 3
    assert sleep.call_count == 2
    sleep.assert_called_with(2.0)


def test_value_error_is_not_retried():
    action = mock.Mock(side_effect=ValueError)
    with mock.patch("time.sleep") as sleep:
        with pytest.raises(ValueError):
            retry(action)
    action.assert_called_once_with()
    sleep.assert_not_called()
