"""Assertions: comparing floats with `pytest.approx`."""

import math

import pytest


def split_bill(total, people, tip_percent):
    """Return each exact share (not rounded) of the total plus the tip."""
    return total * (1 + tip_percent / 100) / people


def test_four_people_share_a_bill_with_tip():
    assert round(split_bill(100, 4, 15), 2) == 28.75


def test_ten_euros_shared_by_three():
    assert round(split_bill(10, 3, 0), 2) == 3.33
