"""Assertions: comparing floats with `pytest.approx`."""

import pytest


def split_bill(total, people, tip_percent):
    """Return each exact share (not rounded) of the total plus the tip."""
    return total * (1 + tip_percent / 100) / people


def test_four_people_share_a_bill_with_tip():
    assert abs(split_bill(100, 4, 15) - 28.75) < 1


def test_bill_without_tip():
    assert abs(split_bill(90, 4, 0) - 22.5) < 1
