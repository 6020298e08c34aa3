import datetime as dt


def duration_minutes(start, end):
    elapsed = dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)
    return elapsed // dt.timedelta(minutes=1)


def deadline(start, minutes):
    moment = dt.datetime.fromisoformat(start) + dt.timedelta(seconds=60 * minutes)
    return moment.isoformat()
