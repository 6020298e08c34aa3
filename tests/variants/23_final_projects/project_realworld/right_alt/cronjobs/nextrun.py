from datetime import timedelta

from cronjobs.cron import CronError

SEARCH_YEARS = 5


def next_run(expr, after):
    start = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    day = start.replace(hour=0, minute=0)
    for _ in range(366 * SEARCH_YEARS + 1):
        if day.month in expr.months and expr.day_matches(day):
            for hour in sorted(expr.hours):
                for minute in sorted(expr.minutes):
                    candidate = day.replace(hour=hour, minute=minute)
                    if candidate >= start:
                        return candidate
        day += timedelta(days=1)
    raise CronError("never")
