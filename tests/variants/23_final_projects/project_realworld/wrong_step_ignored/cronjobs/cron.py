"""Crontab schedules: "MINUTE HOUR DAY MONTH WEEKDAY", such as "*/15 9-17 * * 1-5"."""

from dataclasses import dataclass
from datetime import datetime


class CronError(ValueError):
    """Not a valid schedule."""


def parse_field(text: str, low: int, high: int) -> frozenset[int]:
    """The values one field allows, between low and high.

    A field is a comma-separated list of items; an item is "*", a number "5", a range "1-5",
    or one of those with a step: "*/15", "10-50/20" (every 20th value from 10 to 50).
    """
    values = set()
    for item in text.split(","):
        base, _, step_text = item.partition("/")
        try:
            step = int(step_text) if step_text else 1
            if base == "*":
                start, end = low, high
            elif "-" in base:
                start, end = (int(part) for part in base.split("-", 1))
            else:
                start = end = int(base)
        except ValueError:
            raise CronError(f"not a cron field: {text!r}") from None
        if step < 1 or not low <= start <= end <= high:
            raise CronError(f"{item!r} is outside {low}-{high}")
        values.update(range(start, end + 1))
    return frozenset(values)


@dataclass(frozen=True)
class CronExpr:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday ... 6 = Saturday, as in crontab
    days_restricted: bool  # the day field was not "*"
    weekdays_restricted: bool  # the weekday field was not "*"

    @classmethod
    def parse(cls, text: str) -> "CronExpr":
        fields = text.split()
        if len(fields) != 5:
            raise CronError(f"a schedule has 5 fields, not {len(fields)}: {text!r}")
        minute, hour, day, month, weekday = fields
        weekdays = parse_field(weekday, 0, 7)
        return cls(
            minutes=parse_field(minute, 0, 59),
            hours=parse_field(hour, 0, 23),
            days=parse_field(day, 1, 31),
            months=parse_field(month, 1, 12),
            weekdays=frozenset(value % 7 for value in weekdays),  # 7 is Sunday too
            days_restricted=day != "*",
            weekdays_restricted=weekday != "*",
        )

    def day_matches(self, moment: datetime) -> bool:
        """Does the date fit the day and weekday fields?

        As in cron: when both fields are restricted, a date matching EITHER one counts.
        """
        in_days = moment.day in self.days
        in_weekdays = (moment.weekday() + 1) % 7 in self.weekdays  # Python: Monday = 0
        if self.days_restricted and self.weekdays_restricted:
            return in_days or in_weekdays
        return in_days and in_weekdays

    def matches(self, moment: datetime) -> bool:
        return (
            moment.minute in self.minutes
            and moment.hour in self.hours
            and moment.month in self.months
            and self.day_matches(moment)
        )
