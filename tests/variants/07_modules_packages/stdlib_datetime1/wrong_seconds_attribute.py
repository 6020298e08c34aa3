from datetime import datetime, timedelta


def duration_minutes(start, end):
    elapsed = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    return elapsed.seconds // 60


def deadline(start, minutes):
    return (datetime.fromisoformat(start) + timedelta(minutes=minutes)).isoformat()
