from datetime import datetime, timedelta
from pathlib import Path


def slots_between(after, until, at):
    day = after.date()
    found = []
    while datetime.combine(day, at) <= until:
        slot = datetime.combine(day, at)
        if after < slot:
            found.append(slot)
        day = day + timedelta(days=1)
    return found


def latest_slot(now, at):
    slot = datetime.combine(now.date(), at)
    return slot if slot <= now else slot - timedelta(days=1)


def is_due(last_run, now, at):
    if last_run is None:
        return True
    return last_run < latest_slot(now, at)


def run_if_due(state_file, now, at, job):
    state_file = Path(state_file)
    last = None
    if state_file.is_file():
        last = datetime.fromisoformat(state_file.read_text().strip())
    if not is_due(last, now, at):
        return False
    job()
    state_file.write_text(now.isoformat())
    return True
