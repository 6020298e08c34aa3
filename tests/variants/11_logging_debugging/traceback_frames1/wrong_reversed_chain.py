"""Traceback analysis: find the frame where an error happened."""

import traceback


def call_chain(error):
    """Function names from the frame that caught `error` to the one that raised it."""
    return [frame.name for frame in reversed(traceback.extract_tb(error.__traceback__))]


def where_it_failed(error):
    """Return (function name, line number) of the frame that raised `error`."""
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return frame.name, frame.lineno
