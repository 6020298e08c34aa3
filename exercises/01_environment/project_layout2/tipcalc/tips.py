"""The sums: tips and shares of a bill, rounded to cents."""


def tip(bill, percent):
    """Return the tip: percent of the bill, rounded to cents."""
    return round(bill * percent / 100, 2)


def share(bill, percent, people):
    """Return what each person pays when the bill plus tip is split evenly."""
    return round((bill + tip(bill, percent)) / people, 2)
