"""The traceback module: turn an exception into text you can store or send."""

import traceback


def full_report(error):
    """Return the traceback of `error` as one string, as Python prints it."""
    frames = traceback.format_tb(error.__traceback__)
    return "Traceback (most recent call last):\n" + "".join(frames)


def one_line_summary(error):
    """Return the last line Python prints for `error`, without the newline."""
    return "".join(traceback.format_exception_only(error)).strip()
