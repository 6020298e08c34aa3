"""Run a deployment step with try / except / else / finally.

`run_step(step, notify, log)` calls `step()` and returns its result. If step() raises ValueError,
it appends "failed: <error>" to log and returns None. Only after a successful step it calls
`notify(result)`; an error raised by notify is not a failure of the step and must propagate.
Whatever happens, even when an exception propagates, "done" is appended to log as the last entry.
"""


def run_step(step, notify, log):
    try:
        result = step()
    except ValueError as err:
        log.append(f"failed: {err}")
        return None
    else:
        notify(result)
        return result
    finally:
        log.append("done")


# --- tests: read them, don't change them ---
import pytest


def succeed():
    return "v2.4 deployed"


def fail_with_value_error():
    raise ValueError("disk full")


def crash():
    raise RuntimeError("host unreachable")


def test_success_notifies_and_logs_done():
    log, notified = [], []
    assert run_step(succeed, notified.append, log) == "v2.4 deployed"
    assert notified == ["v2.4 deployed"]
    assert log == ["done"]


def test_value_error_is_logged_then_done():
    log, notified = [], []
    assert run_step(fail_with_value_error, notified.append, log) is None
    assert notified == []
    assert log == ["failed: disk full", "done"]


def test_other_errors_propagate_but_done_is_logged():
    log = []
    with pytest.raises(RuntimeError):
        run_step(crash, print, log)
    assert log == ["done"]


def test_error_in_notify_is_not_a_failed_step():
    def broken_notify(result):
        raise ValueError("chat webhook rejected the message")

    log = []
    with pytest.raises(ValueError):
        run_step(succeed, broken_notify, log)
    assert log == ["done"]
