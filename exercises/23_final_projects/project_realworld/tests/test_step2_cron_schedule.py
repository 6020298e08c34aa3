from datetime import datetime

import pytest

from cronjobs.cron import CronError, CronExpr


def test_a_schedule_has_five_fields():
    with pytest.raises(CronError):
        CronExpr.parse("*/5 * * *")


def test_weekday_zero_and_seven_are_sunday():
    sunday = datetime(2024, 5, 5, 12, 0)
    assert CronExpr.parse("0 12 * * 0").matches(sunday)
    assert CronExpr.parse("0 12 * * 7").matches(sunday)
    assert not CronExpr.parse("0 12 * * 1").matches(sunday)


def test_office_hours_schedule():
    expr = CronExpr.parse("*/15 9-17 * * 1-5")
    assert expr.matches(datetime(2024, 5, 6, 9, 45))  # Monday
    assert not expr.matches(datetime(2024, 5, 6, 18, 0))
    assert not expr.matches(datetime(2024, 5, 4, 10, 0))  # Saturday


def test_day_and_weekday_together_mean_either():
    expr = CronExpr.parse("0 0 1 * 1")  # the 1st of the month, and every Monday
    assert expr.matches(datetime(2024, 6, 1, 0, 0))  # a Saturday, but the 1st
    assert expr.matches(datetime(2024, 6, 3, 0, 0))  # a Monday
    assert not expr.matches(datetime(2024, 6, 4, 0, 0))
