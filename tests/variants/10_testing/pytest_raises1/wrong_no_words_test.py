"""Assertions: checking that code raises an error with `pytest.raises`."""

import pytest


def parse_age(text):
    """Return the age in `text` as an int; ValueError unless it is 0 to 150."""
    age = int(text)
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return age


def test_valid_age_is_parsed():
    assert parse_age("42") == 42


def test_negative_age_is_rejected():
    with pytest.raises(ValueError):
        parse_age("-5")


def test_age_above_150_is_rejected():
    assert parse_age("150") == 150
    with pytest.raises(ValueError):
        parse_age("151")
