"""The traceback module: turn an exception into text you can store or send."""

import traceback


def full_report(error):
    """Return the traceback of `error` as one string, as Python prints it."""
    return "".join(traceback.TracebackException.from_exception(error).format())


def one_line_summary(error):
    """Return the last line Python prints for `error`, without the newline."""
    return traceback.format_exception_only(type(error), error)[-1].strip()
