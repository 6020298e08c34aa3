"""Debugging: read the traceback to find the frame with the bug."""


def parse_price(text):
    """Turn a price such as "4.50 EUR" into the number 4.5."""
    amount, currency = text.split()
    return float(amount)


def line_total(line):
    """The price of one order line: unit price times quantity."""
    unit_price = parse_price(line["price"])
    return unit_price * line["quantity"]


def order_total(order):
    """The sum of all the lines of an order, rounded to cents."""
    return round(sum(line_total(line) for line in order["lines"]), 2)
