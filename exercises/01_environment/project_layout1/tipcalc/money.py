"""Helpers for amounts of money."""


def round_money(amount):
    """Round an amount to whole cents."""
    return round(amount, 2)
