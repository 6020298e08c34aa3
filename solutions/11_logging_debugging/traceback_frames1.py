"""Traceback analysis: find the frame where an error happened.

`error.__traceback__` links the frames from the one that caught the error down
to the one that raised it. `call_chain` should list their function names in
that order, and `where_it_failed` should give the function name and line number
of the frame that raised.
"""

import traceback


def call_chain(error):
    """Function names from the frame that caught `error` to the one that raised it."""
    return [frame.name for frame in traceback.extract_tb(error.__traceback__)]


def where_it_failed(error):
    """Return (function name, line number) of the frame that raised `error`."""
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return frame.name, frame.lineno


# --- tests: read them, don't change them ---
import inspect


def share(prices):
    return prices["total"] / prices["people"]


def check(prices):
    if not prices:
        raise ValueError("no prices given")
    return share(prices)


def split(prices):
    return check(prices)


def caught(prices):
    try:
        split(prices)
    except Exception as error:
        return error
    raise AssertionError("expected an error")


def line_of(function, text):
    """The line number of the first line of `function` that contains `text`."""
    lines, start = inspect.getsourcelines(function)
    return start + next(i for i, line in enumerate(lines) if text in line)


def test_call_chain_goes_from_catcher_to_raiser():
    error = caught({"total": 30, "people": 0})
    assert call_chain(error) == ["caught", "split", "check", "share"]


def test_call_chain_stops_where_the_error_was_raised():
    error = caught({})
    assert call_chain(error) == ["caught", "split", "check"]


def test_where_a_division_by_zero_happened():
    error = caught({"total": 30, "people": 0})
    assert where_it_failed(error) == ("share", line_of(share, "/"))


def test_where_a_raise_happened():
    error = caught({})
    assert where_it_failed(error) == ("check", line_of(check, "raise"))
