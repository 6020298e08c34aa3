"""
This project keeps its code in the package folder tipcalc/ and its tests in
tests/ (see README.md for the whole layout). The tests import this module as
`tipcalc.tips`, and then this module's own import fails: Python looks for
modules from the project folder, not from the folder this file is in. Fix
the import so that it names the module by its full path in the project.
"""

from tipcalc import money


def tip(bill, percent):
    """Return the tip: percent of the bill, rounded to cents."""
    return money.round_money(bill * percent / 100)


def share(bill, percent, people):
    """Return what each person pays when the bill plus tip is split evenly."""
    return money.round_money((bill + tip(bill, percent)) / people)
