from datetime import datetime

import pytest

from cronjobs.cron import CronError, CronExpr
from cronjobs.nextrun import next_run


def test_next_run_is_strictly_later():
    expr = CronExpr.parse("*/15 * * * *")
    assert next_run(expr, datetime(2024, 5, 6, 9, 15)) == datetime(2024, 5, 6, 9, 30)


def test_seconds_are_dropped():
    expr = CronExpr.parse("* * * * *")
    assert next_run(expr, datetime(2024, 5, 6, 9, 15, 42)) == datetime(2024, 5, 6, 9, 16)


def test_next_run_crosses_days_and_weekends():
    expr = CronExpr.parse("30 8 * * 1-5")
    assert next_run(expr, datetime(2024, 5, 3, 9, 0)) == datetime(2024, 5, 6, 8, 30)


def test_next_run_finds_the_next_leap_day():
    expr = CronExpr.parse("0 0 29 2 *")
    assert next_run(expr, datetime(2024, 3, 1)) == datetime(2028, 2, 29)


def test_a_schedule_that_never_fires_is_an_error():
    with pytest.raises(CronError):
        next_run(CronExpr.parse("0 0 30 2 *"), datetime(2024, 1, 1))
