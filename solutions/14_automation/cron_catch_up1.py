"""Missed runs: a daily job must still run when the machine was off at its time.

The backup should run every day at 02:30. cron runs this script every 10
minutes (and at boot), and the script decides whether the backup is due.
Asking "is it 02:30 right now?" loses the whole day whenever the machine was
off, asleep or too busy at that minute. Instead, remember when the backup last
ran, and run when a scheduled time has passed since then.
1. `slots_between(after, until, at)` returns the scheduled times (every day at
   the time `at`) that are later than `after` and not later than `until`,
   oldest first.
2. `is_due(last_run, now, at)` is True when a scheduled time was missed since
   `last_run`, or when the job never ran (last_run is None). After several
   missed days the job runs ONCE: one backup covers them all.
3. `run_if_due(state_file, now, at, job)` reads the last run from `state_file`
   (an ISO date-time; no file: it never ran), calls `job()` when it is due,
   records `now` as the last run, and returns whether it ran. A job that raises
   was NOT done: its exception goes up and the next call tries again.
"""
from datetime import datetime, time, timedelta
from pathlib import Path


def slots_between(after, until, at):
    slots = []
    slot = datetime.combine(after.date(), at)
    while slot <= until:
        if slot > after:
            slots.append(slot)
        slot += timedelta(days=1)
    return slots


def is_due(last_run, now, at):
    if last_run is None:
        return True
    return bool(slots_between(last_run, now, at))


def run_if_due(state_file, now, at, job):
    state_file = Path(state_file)
    last_run = None
    if state_file.exists():
        last_run = datetime.fromisoformat(state_file.read_text().strip())
    if not is_due(last_run, now, at):
        return False
    job()
    state_file.write_text(now.isoformat())
    return True


# --- tests: read them, don't change them ---
from datetime import datetime, time

import pytest

AT = time(2, 30)


def d(day, hour, minute=0):
    """A datetime in March 2024."""
    return datetime(2024, 3, day, hour, minute)


def test_slots_over_several_days():
    assert slots_between(d(4, 2, 31), d(7, 9), AT) == [d(5, 2, 30), d(6, 2, 30), d(7, 2, 30)]


def test_slots_are_later_than_after_and_not_later_than_until():
    assert slots_between(d(4, 2, 30), d(5, 2, 30), AT) == [d(5, 2, 30)]
    assert slots_between(d(4, 2, 29), d(4, 2, 30), AT) == [d(4, 2, 30)]


def test_no_slot_in_between():
    assert slots_between(d(4, 3), d(5, 2, 29), AT) == []
    assert slots_between(d(4, 8), d(4, 9), AT) == []


@pytest.mark.parametrize("last_run, now, due", [
    pytest.param(d(4, 2, 30), d(5, 2, 30), True, id="right on time"),
    pytest.param(d(4, 2, 30), d(5, 8, 15), True, id="off at 02:30"),
    pytest.param(d(1, 2, 30), d(5, 8, 15), True, id="off for days"),
    pytest.param(d(4, 1, 0), d(4, 3, 0), True, id="ran today before the slot"),
    pytest.param(d(5, 2, 30), d(5, 23, 50), False, id="already done today"),
    pytest.param(d(5, 7, 0), d(6, 2, 20), False, id="next slot not yet"),
    pytest.param(None, d(5, 14, 0), True, id="never ran"),
    pytest.param(None, d(5, 1, 0), True, id="never ran, before 02:30"),
])
def test_is_due(last_run, now, due):
    assert is_due(last_run, now, AT) is due, f"last run {last_run}, now {now}"


class Job:
    def __init__(self, fail=False):
        self.runs = 0
        self.fail = fail

    def __call__(self):
        self.runs += 1
        if self.fail:
            raise OSError("backup disk not mounted")


def test_runs_once_per_day(tmp_path):
    state, job = tmp_path / "backup.last", Job()
    for now in [d(5, 2, 30), d(5, 2, 40), d(5, 11, 0), d(6, 2, 30), d(6, 2, 40)]:
        run_if_due(state, now, AT, job)
    assert job.runs == 2


def test_catches_up_once_after_days_off(tmp_path):
    state, job = tmp_path / "backup.last", Job()
    state.write_text(d(1, 2, 30).isoformat())
    assert run_if_due(state, d(5, 9, 10), AT, job) is True
    assert run_if_due(state, d(5, 9, 20), AT, job) is False
    assert job.runs == 1


def test_failed_run_is_tried_again(tmp_path):
    state = tmp_path / "backup.last"
    state.write_text(d(4, 2, 30).isoformat())
    with pytest.raises(OSError):
        run_if_due(state, d(5, 2, 30), AT, Job(fail=True))
    job = Job()
    assert run_if_due(state, d(5, 2, 40), AT, job) is True, "the failed run counted as done"
    assert job.runs == 1
