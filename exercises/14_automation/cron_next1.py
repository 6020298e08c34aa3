"""When does a cron job run next?

`next_runs(expr, start, count)` returns the first `count` datetimes, strictly
AFTER `start`, on which the cron expression `expr` fires (whole minutes, naive
local datetimes). `matches(fields, when)` tells whether a datetime fits the
parsed fields. Careful: Python's datetime.weekday() counts Monday=0..Sunday=6,
but cron counts Sunday=0, Monday=1 .. Saturday=6. (Real cron has a special
rule when BOTH day and weekday are restricted; the schedules here restrict at
most one of them.) `parse_cron` is the one from cron_parse1, done for you.
"""
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31),
          ("month", 1, 12), ("weekday", 0, 7)]


def parse_field(text, low, high):
    values = set()
    for part in text.split(","):
        part, _, step = part.partition("/")
        step = int(step) if step else 1
        if part == "*":
            start, end = low, high
        elif "-" in part:
            start, end = (int(n) for n in part.split("-"))
        else:
            start = end = int(part)
        values.update(range(start, end + 1, step))
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


def matches(fields, when):
    # TODO: turn Python's weekday number into cron's
    cron_weekday = when.weekday()
    return (when.minute in fields["minute"]
            and when.hour in fields["hour"]
            and when.day in fields["day"]
            and when.month in fields["month"]
            and cron_weekday in fields["weekday"])


def next_runs(expr, start, count):
    fields = parse_cron(expr)
    # TODO: this starts AT start's minute; the first candidate is the next minute
    when = start.replace(second=0, microsecond=0)
    limit = start + timedelta(days=366)  # some schedules never fire (Feb 30)
    runs = []
    while len(runs) < count:
        if when > limit:
            raise ValueError(f"{expr!r} does not fire within a year")
        if matches(fields, when):
            runs.append(when)
        when += timedelta(minutes=1)
    return runs


# --- tests: read them, don't change them ---
# 2024-03-01 is a Friday; 2024 is a leap year.
FRIDAY_8AM = datetime(2024, 3, 1, 8, 0)


def test_every_fifteen_minutes_is_strictly_after_start():
    assert next_runs("*/15 * * * *", FRIDAY_8AM, 3) == [
        datetime(2024, 3, 1, 8, 15), datetime(2024, 3, 1, 8, 30), datetime(2024, 3, 1, 8, 45),
    ]


def test_seconds_of_start_are_ignored():
    start = datetime(2024, 3, 1, 8, 0, 30)
    assert next_runs("* * * * *", start, 2) == [
        datetime(2024, 3, 1, 8, 1), datetime(2024, 3, 1, 8, 2),
    ]


def test_daily_at_nine():
    assert next_runs("0 9 * * *", FRIDAY_8AM, 3) == [
        datetime(2024, 3, 1, 9, 0), datetime(2024, 3, 2, 9, 0), datetime(2024, 3, 3, 9, 0),
    ]


def test_mondays_at_half_past_two():
    assert next_runs("30 2 * * 1", FRIDAY_8AM, 2) == [
        datetime(2024, 3, 4, 2, 30), datetime(2024, 3, 11, 2, 30),
    ]


def test_sundays():
    assert next_runs("0 10 * * 0", FRIDAY_8AM, 1) == [datetime(2024, 3, 3, 10, 0)]
    assert next_runs("0 10 * * 7", FRIDAY_8AM, 1) == [datetime(2024, 3, 3, 10, 0)]


def test_working_hours_on_weekdays():
    assert next_runs("0 9-17/4 * * 1-5", FRIDAY_8AM, 4) == [
        datetime(2024, 3, 1, 9, 0), datetime(2024, 3, 1, 13, 0),
        datetime(2024, 3, 1, 17, 0), datetime(2024, 3, 4, 9, 0),
    ]


def test_leap_day():
    assert next_runs("0 12 29 2 *", datetime(2024, 2, 27, 23, 0), 1) == [
        datetime(2024, 2, 29, 12, 0),
    ]


def test_new_year():
    assert next_runs("0 0 1 1 *", datetime(2024, 12, 31, 23, 59), 1) == [
        datetime(2025, 1, 1, 0, 0),
    ]
