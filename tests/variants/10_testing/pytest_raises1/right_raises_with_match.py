"""Assertions: checking that code raises an error with `pytest.raises`."""

import pytest


def parse_age(text):
    """Return the age in `text` as an int; ValueError unless it is 0 to 150."""
    age = int(text)
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return age


def test_valid_ages_are_parsed():
    assert parse_age("0") == 0
    assert parse_age("42") == 42
    assert parse_age("150") == 150


def test_out_of_range_ages_are_rejected():
    with pytest.raises(ValueError, match="range"):
        parse_age("-1")
    with pytest.raises(ValueError, match="range"):
        parse_age("151")


def test_words_are_rejected():
    with pytest.raises(ValueError):
        parse_age("forty")
