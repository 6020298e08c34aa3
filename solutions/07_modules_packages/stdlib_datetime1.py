"""Do time arithmetic with datetime and timedelta, not with clock numbers.

Backup jobs log their start and end as ISO 8601 text, e.g. "2024-03-09T23:50:00".
- `duration_minutes(start, end)`: how long the job ran, in whole minutes (rounded down), also when
  it runs past midnight or for several days.
- `deadline(start, minutes)`: the ISO text of the moment `minutes` after start.
"""
from datetime import datetime, timedelta


def duration_minutes(start, end):
    t0 = datetime.fromisoformat(start)
    t1 = datetime.fromisoformat(end)
    return int((t1 - t0).total_seconds() // 60)


def deadline(start, minutes):
    t0 = datetime.fromisoformat(start)
    return (t0 + timedelta(minutes=minutes)).isoformat()


# --- tests: read them, don't change them ---


def test_duration_same_hour():
    assert duration_minutes("2024-03-09T10:05:00", "2024-03-09T10:47:00") == 42


def test_duration_rounds_down():
    assert duration_minutes("2024-03-09T10:00:00", "2024-03-09T10:01:59") == 1


def test_duration_past_midnight():
    assert duration_minutes("2024-03-09T23:50:00", "2024-03-10T00:20:00") == 30


def test_duration_over_several_days():
    assert duration_minutes("2024-02-28T12:00:00", "2024-03-01T12:00:00") == 2 * 24 * 60


def test_deadline_within_the_hour():
    assert deadline("2024-03-09T10:05:00", 30) == "2024-03-09T10:35:00"


def test_deadline_into_the_next_day():
    assert deadline("2024-12-31T23:30:00", 90) == "2025-01-01T01:00:00"
