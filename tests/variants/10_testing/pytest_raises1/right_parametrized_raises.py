"""Assertions: checking that code raises an error with `pytest.raises`."""

import pytest


def parse_age(text):
    """Return the age in `text` as an int; ValueError unless it is 0 to 150."""
    age = int(text)
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return age


@pytest.mark.parametrize("text, age", [("0", 0), ("42", 42), ("150", 150)])
def test_valid_ages(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text", ["-5", "-1", "151", "999", "forty", ""])
def test_invalid_ages(text):
    with pytest.raises(ValueError) as info:
        parse_age(text)
    assert info.type is ValueError
