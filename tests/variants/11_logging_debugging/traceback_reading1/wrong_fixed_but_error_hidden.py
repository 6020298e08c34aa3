"""Debugging: read the traceback to find the frame with the bug.

The first test fails deep inside the call chain. Read pytest's traceback from
the bottom up: the last frame is where the error was raised, the frames above
show who called it with what. The bug is not necessarily in the last frame.
Fix the line that is really wrong; don't hide the error with try/except.
"""


def parse_price(text):
    """Turn a price such as "4.50 EUR" into the number 4.5."""
    try:
        amount, currency = text.split()
        return float(amount)
    except ValueError:
        return 0.0


def line_total(line):
    """The price of one order line: unit price times quantity."""
    return parse_price(line["price"]) * line["quantity"]


def order_total(order):
    """The sum of all the lines of an order, rounded to cents."""
    total = 0
    for line in order["lines"]:
        total += line_total(line)
    return round(total, 2)


