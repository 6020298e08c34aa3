"""Traceback analysis: read a chain of exceptions.

When an exception is raised inside an `except` block, Python keeps the first one
and prints both tracebacks, joined by one of two sentences:
"The above exception was the direct cause of the following exception:" when the
code says `raise ... from error`, and "During handling of the above exception,
another exception occurred:" when it doesn't. The first traceback printed is the
one of the first exception: that is where the trouble started.

Read `read_port` and `load_port`, then answer the questions under them by writing
the values. Work them out first; the check calls `load_port` and compares.
"""

import json


class ConfigError(Exception):
    """The settings can't be used."""


def read_port(text):
    settings = json.loads(text)
    return int(settings["port"])


def load_port(text):
    try:
        return read_port(text)
    except KeyError as error:
        raise ConfigError("the port is missing") from error
    except ValueError:
        raise ConfigError("the port is not a number")


# 1. load_port('{}') fails. On which line of this file was the FIRST exception of
#    its chain raised? (A line number, such as 12.)
MISSING_PORT_FIRST_LINE = 0

# 2. Which sentence joins its two tracebacks: "direct cause" or "during handling"?
MISSING_PORT_LINK = ""

# 3. And for load_port('{"port": "eighty"}')?
NOT_A_NUMBER_LINK = ""

# 4. load_port('{"port": 80') gets JSON that is cut short. What is the type (the
#    class name) of the FIRST exception of its chain?
BROKEN_JSON_FIRST_ERROR = ""

# 5. And what is the message of the exception that reaches the caller?
BROKEN_JSON_MESSAGE = ""


# --- tests: read them, don't change them ---
import sys
import traceback

import pytest

from coursekit import assert_literal

THIS = sys.modules[__name__]
LINKS = ["direct cause", "during handling"]


def chain_of(text):
    """The exception that reaches the caller of load_port(text), and the first one of
    its chain."""
    try:
        load_port(text)
    except ConfigError as error:
        first = error
        while (first.__cause__ or first.__context__) is not None:
            first = first.__cause__ or first.__context__
        return error, first
    raise AssertionError(f"load_port({text!r}) raised nothing")


def link_of(error):
    return LINKS[0] if error.__cause__ is not None else LINKS[1]


def check_link(answer, error):
    said = [link for link in LINKS if link in str(answer).lower()]
    if not said:
        pytest.fail(f'answer "direct cause" or "during handling", not {answer!r}',
                    pytrace=False)
    if said != [link_of(error)]:
        pytest.fail(f"it's not \"{said[0]}\": look for `from` in the raise that made the "
                    "second exception", pytrace=False)


def test_where_the_missing_port_started():
    assert_literal(THIS, "MISSING_PORT_FIRST_LINE")
    _, first = chain_of("{}")
    line = traceback.extract_tb(first.__traceback__)[-1].lineno
    if MISSING_PORT_FIRST_LINE != line:
        pytest.fail(f"line {MISSING_PORT_FIRST_LINE} is not where the first exception was "
                    "raised: which line does the lookup that fails?", pytrace=False)


def test_how_the_missing_port_is_linked():
    assert_literal(THIS, "MISSING_PORT_LINK")
    error, _ = chain_of("{}")
    check_link(MISSING_PORT_LINK, error)


def test_how_the_bad_number_is_linked():
    assert_literal(THIS, "NOT_A_NUMBER_LINK")
    error, _ = chain_of('{"port": "eighty"}')
    check_link(NOT_A_NUMBER_LINK, error)


def test_what_broke_the_json():
    assert_literal(THIS, "BROKEN_JSON_FIRST_ERROR")
    _, first = chain_of('{"port": 80')
    name = str(BROKEN_JSON_FIRST_ERROR).strip().rsplit(".", 1)[-1]
    if name != type(first).__name__:
        pytest.fail(f"the first exception is not a {name or '...'}: which function reads "
                    "the JSON, and what does it raise?", pytrace=False)


def test_what_the_caller_hears_about_the_broken_json():
    assert_literal(THIS, "BROKEN_JSON_MESSAGE")
    error, _ = chain_of('{"port": 80')
    if str(BROKEN_JSON_MESSAGE).strip().strip("'\"") != str(error):
        pytest.fail("that's not the message of the exception the caller gets: which "
                    "`except` clause catches the first one? Look at what that error class "
                    "inherits from", pytrace=False)
