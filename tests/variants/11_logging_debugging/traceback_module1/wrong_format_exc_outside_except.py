"""The traceback module: turn an exception into text you can store or send."""

import traceback


def full_report(error):
    """Return the traceback of `error` as one string, as Python prints it."""
    return traceback.format_exc()


def one_line_summary(error):
    """Return the last line Python prints for `error`, without the newline."""
    return "".join(traceback.format_exception_only(error)).strip()
