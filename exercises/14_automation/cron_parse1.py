"""Read a cron schedule: five fields, each a set of allowed values.

"MIN HOUR DAY MONTH WEEKDAY" - each field is a comma-separated list of parts:
    *        every value              (for hours: 0..23)
    5        one value
    9-17     a range, both ends included
    */15     every 15th value, starting at the lowest: minutes 0, 15, 30, 45
    9-17/2   every 2nd value of the range: 9, 11, 13, 15, 17
`parse_field(text, low, high)` returns the set of values of one field and
raises ValueError for a value outside low..high. `parse_cron(expr)` is done:
it returns the five sets (weekday 0 is Sunday, and 7 means Sunday too).
"""
FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31),
          ("month", 1, 12), ("weekday", 0, 7)]


def parse_field(text, low, high):
    values = set()
    for part in text.split(","):
        # TODO: handle "a-b" ranges and a "/step" after "*" or after a range
        if part == "*":
            values.update(range(low, high + 1))
        else:
            values.add(int(part))
    if any(not low <= value <= high for value in values):
        raise ValueError(f"{text!r}: values must be in {low}..{high}")
    return values


def parse_cron(expr):
    parts = expr.split()
    if len(parts) != len(FIELDS):
        raise ValueError(f"a cron expression has 5 fields, got {len(parts)}: {expr!r}")
    fields = {name: parse_field(part, low, high)
              for part, (name, low, high) in zip(parts, FIELDS)}
    fields["weekday"] = {day % 7 for day in fields["weekday"]}
    return fields


# --- tests: read them, don't change them ---
import pytest


def test_star_is_every_value():
    assert parse_field("*", 0, 23) == set(range(24))


def test_single_value_and_list():
    assert parse_field("5", 0, 59) == {5}
    assert parse_field("1,15,30", 0, 59) == {1, 15, 30}


def test_range_includes_both_ends():
    assert parse_field("9-17", 0, 23) == {9, 10, 11, 12, 13, 14, 15, 16, 17}


def test_step_over_everything():
    assert parse_field("*/15", 0, 59) == {0, 15, 30, 45}


def test_step_starts_at_the_lowest_value():
    assert parse_field("*/10", 1, 31) == {1, 11, 21, 31}


def test_step_over_a_range():
    assert parse_field("9-17/2", 0, 23) == {9, 11, 13, 15, 17}


def test_list_of_ranges_and_values():
    assert parse_field("1-3,10-12,20", 1, 31) == {1, 2, 3, 10, 11, 12, 20}


@pytest.mark.parametrize("text, low, high", [
    ("60", 0, 59), ("0", 1, 31), ("5-70", 0, 59), ("13", 1, 12),
])
def test_values_out_of_range(text, low, high):
    with pytest.raises(ValueError):
        parse_field(text, low, high)


def test_whole_expression():
    assert parse_cron("*/15 9-17 * 1,7 1-5") == {
        "minute": {0, 15, 30, 45},
        "hour": set(range(9, 18)),
        "day": set(range(1, 32)),
        "month": {1, 7},
        "weekday": {1, 2, 3, 4, 5},
    }


def test_sunday_can_be_written_as_7():
    assert parse_cron("0 0 * * 5-7")["weekday"] == {5, 6, 0}
