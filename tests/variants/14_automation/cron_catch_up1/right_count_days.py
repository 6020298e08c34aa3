from datetime import datetime, timedelta
from pathlib import Path

ONE_DAY = timedelta(days=1)


def slots_between(after, until, at):
    first = datetime.combine(after.date(), at)
    if first <= after:
        first += ONE_DAY
    count = 0
    while first + count * ONE_DAY <= until:
        count += 1
    return [first + n * ONE_DAY for n in range(count)]


def is_due(last_run, now, at):
    return last_run is None or len(slots_between(last_run, now, at)) > 0


def run_if_due(state_file, now, at, job):
    path = Path(state_file)
    try:
        last_run = datetime.fromisoformat(path.read_text().strip())
    except FileNotFoundError:
        last_run = None
    if is_due(last_run, now, at):
        job()
        path.write_text(now.isoformat())
        return True
    return False
