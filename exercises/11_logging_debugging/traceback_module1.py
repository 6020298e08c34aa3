"""The traceback module: turn an exception into text you can store or send.

An error report needs the full traceback as one string, the same text Python
prints for an uncaught error, and a one-line summary that is exactly the last
line of it, such as `KeyError: 'price'`. Write both with the `traceback` module.
"""

import traceback


def full_report(error):
    """Return the traceback of `error` as one string, as Python prints it."""
    # TODO: str() gives only the message
    return str(error)


def one_line_summary(error):
    """Return the last line Python prints for `error`, without the newline."""
    # TODO: let the traceback module write this line
    return str(error)


# --- tests: read them, don't change them ---
import json


def look_up_price(item):
    return item["price"]


def caught(function, *args):
    try:
        function(*args)
    except Exception as error:
        return error
    raise AssertionError("expected an error")


def load_settings(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RuntimeError("settings file is broken") from error


def test_summary_of_a_key_error():
    error = caught(look_up_price, {"name": "tea"})
    assert one_line_summary(error) == "KeyError: 'price'"


def test_summary_of_an_error_without_a_message():
    assert one_line_summary(ValueError()) == "ValueError"


def test_summary_names_the_module_of_the_exception():
    error = caught(json.loads, "{oops")
    assert one_line_summary(error).split(":")[0] == "json.decoder.JSONDecodeError"


def test_full_report_looks_like_python_prints_it():
    error = caught(look_up_price, {"name": "tea"})
    report = full_report(error)
    assert report.splitlines()[0] == "Traceback (most recent call last):"
    assert ", in look_up_price\n" in report
    assert report.splitlines()[-1] == "KeyError: 'price'"


def test_full_report_includes_the_cause():
    error = caught(load_settings, "{oops")
    report = full_report(error)
    assert "json.decoder.JSONDecodeError" in report
    assert "The above exception was the direct cause" in report
    assert report.splitlines()[-1] == "RuntimeError: settings file is broken"
