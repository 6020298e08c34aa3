"""Docstrings: write what help() shows.

`help(retry_delay)` shows the function's signature and its docstring, and
so do editors when you hover over a call. Right now the two functions below
have none. Give each one a docstring that follows the usual conventions
(PEP 257):
- it starts with a one-line summary that ends with a period;
- if there is more, a blank line comes after the summary;
- after that, every parameter is named and explained (any layout will do,
  for example one line per parameter: `attempt: which try this is, from 1`).
"""


def retry_delay(attempt, base=1.0, cap=30.0):
    """Return how many seconds to wait before trying again.

    The wait doubles with every attempt, up to a limit.

    attempt: which try this is, counting from 1.
    base: the wait in seconds after the first try.
    cap: the longest wait in seconds.
    """
    return min(cap, base * 2 ** (attempt - 1))


def parse_duration(text):
    """Return the number of seconds in a duration such as "90s" or "2h".

    text: a whole number followed by one unit: s, m or h.
    """
    number, unit = int(text[:-1]), text[-1]
    return number * {"s": 1, "m": 60, "h": 3600}[unit]

# --- tests: read them, don't change them ---

import inspect
import pydoc
import re

import pytest

FUNCTIONS = [retry_delay, parse_duration]


def shown_by_help(function):
    return pydoc.render_doc(function, renderer=pydoc.plaintext)


def lines_of(function):
    doc = inspect.getdoc(function)
    if doc is None:
        pytest.fail(f"{function.__name__} has no docstring; help() shows only this:\n"
                    f"{shown_by_help(function)}", pytrace=False)
    return doc.splitlines()


def test_the_functions_still_work():
    assert retry_delay(1) == 1.0
    assert retry_delay(4, base=0.5) == 4.0
    assert retry_delay(10) == 30.0
    assert parse_duration("90s") == 90
    assert parse_duration("2h") == 7200


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
def test_the_docstring_starts_with_a_one_line_summary(function):
    lines = lines_of(function)
    summary = lines[0].strip()
    assert summary, f"the first line of the docstring of {function.__name__} is empty"
    assert summary.endswith("."), (
        f"the summary of {function.__name__}, {summary!r}, should end with a period")
    if len(lines) > 1:
        assert not lines[1].strip(), (
            f"in the docstring of {function.__name__}, leave a blank line after the "
            "one-line summary")


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
def test_every_parameter_is_explained(function):
    details = "\n".join(lines_of(function)[1:])
    for name in inspect.signature(function).parameters:
        assert re.search(rf"\b{name}\b", details), (
            f"the docstring of {function.__name__} should explain `{name}`, after the summary")
