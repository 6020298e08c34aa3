"""When does a schedule fire next?"""

from datetime import datetime, timedelta

from cronjobs.cron import CronError, CronExpr

SEARCH_YEARS = 5


def next_run(expr: CronExpr, after: datetime) -> datetime:
    """The first whole minute strictly after `after` that matches expr.

    CronError if nothing matches within SEARCH_YEARS years (like "0 0 30 2 *").
    """
    moment = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    limit = after + timedelta(days=366 * SEARCH_YEARS)
    while moment <= limit:
        if moment.month not in expr.months or not expr.day_matches(moment):
            moment = moment.replace(hour=0, minute=0) + timedelta(days=1)
        elif moment.hour not in expr.hours:
            moment = moment.replace(minute=0) + timedelta(hours=1)
        elif moment.minute not in expr.minutes:
            moment += timedelta(minutes=1)
        else:
            return moment
    raise CronError(f"the schedule never fires within {SEARCH_YEARS} years")
