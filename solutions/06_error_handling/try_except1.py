"""Catch the exception you expect, and only that one.

`percent(part, total)` returns part as a percentage of total, rounded to one decimal. A total of 0
(nothing measured yet) gives 0.0 instead of crashing. Anything else that goes wrong, such as a
str passed instead of a number, is a bug in the caller and must still raise.
"""


def percent(part, total):
    try:
        return round(part / total * 100, 1)
    except ZeroDivisionError:
        return 0.0


# --- tests: read them, don't change them ---
import pytest


def test_simple_percentages():
    assert percent(1, 4) == 25.0
    assert percent(30, 30) == 100.0


def test_rounds_to_one_decimal():
    assert percent(1, 3) == 33.3


def test_zero_total_gives_zero():
    assert percent(5, 0) == 0.0


def test_zero_of_zero_gives_zero():
    assert percent(0, 0) == 0.0


def test_wrong_type_still_raises():
    with pytest.raises(TypeError):
        percent("5", 10)
