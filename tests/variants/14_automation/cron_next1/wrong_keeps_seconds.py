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
    return (when.minute in fields["minute"]
            and when.hour in fields["hour"]
            and when.day in fields["day"]
            and when.month in fields["month"]
            and (when.weekday() + 1) % 7 in fields["weekday"])


def next_runs(expr, start, count):
    fields = parse_cron(expr)
    when = start + timedelta(minutes=1)
    limit = start + timedelta(days=366)  # some schedules never fire (Feb 30)
    runs = []
    while len(runs) < count:
        if when > limit:
            raise ValueError(f"{expr!r} does not fire within a year")
        if matches(fields, when):
            runs.append(when)
        when += timedelta(minutes=1)
    return runs
