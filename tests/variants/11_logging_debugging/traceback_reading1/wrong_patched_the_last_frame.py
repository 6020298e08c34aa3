"""Debugging: read the traceback to find the frame with the bug."""


def parse_price(text):
    """Turn a price such as "4.50 EUR" into the number 4.5."""
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return float(digits or 0)


def line_total(line):
    """The price of one order line: unit price times quantity."""
    return parse_price(line["name"]) * line["quantity"]


def order_total(order):
    """The sum of all the lines of an order, rounded to cents."""
    total = 0
    for line in order["lines"]:
        total += line_total(line)
    return round(total, 2)
