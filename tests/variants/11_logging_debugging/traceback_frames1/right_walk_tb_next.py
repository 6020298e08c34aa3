"""Traceback analysis: find the frame where an error happened."""


def call_chain(error):
    """Function names from the frame that caught `error` to the one that raised it."""
    names = []
    tb = error.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


def where_it_failed(error):
    """Return (function name, line number) of the frame that raised `error`."""
    tb = error.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name, tb.tb_lineno
