"""Traceback analysis: find the frame where an error happened."""

import traceback


def call_chain(error):
    """Function names from the frame that caught `error` to the one that raised it."""
    return [frame.name for frame in traceback.extract_stack()]


def where_it_failed(error):
    """Return (function name, line number) of the frame that raised `error`."""
    frame = traceback.extract_stack()[-1]
    return frame.name, frame.lineno
