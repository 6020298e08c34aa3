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
    slot = datetime.combine(max(after.date(), until.date() - timedelta(days=1)), at)
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


