import re
from dataclasses import dataclass

ITEM = re.compile(r"(\*|\d+(?:-\d+)?)(?:/(\d+))?")


class CronError(ValueError):
    pass


def parse_field(text, low, high):
    result = set()
    for item in text.split(","):
        m = ITEM.fullmatch(item)
        if not m:
            raise CronError(item)
        span, step = m.group(1), int(m.group(2) or 1)
        if span == "*":
            first, last = low, high
        else:
            bounds = [int(x) for x in span.split("-")]
            first, last = bounds[0], bounds[-1]
        if step == 0 or first > last or first < low or last > high:
            raise CronError(item)
        value = first
        while value <= last:
            result.add(value)
            value += step
    return frozenset(result)


@dataclass(frozen=True)
class CronExpr:
    minutes: frozenset
    hours: frozenset
    days: frozenset
    months: frozenset
    weekdays: frozenset
    days_restricted: bool
    weekdays_restricted: bool

    @classmethod
    def parse(cls, text):
        parts = text.split()
        if len(parts) != 5:
            raise CronError(text)
        wd = parse_field(parts[4], 0, 7)
        if 7 in wd:
            wd = (wd - {7}) | {0}
        return cls(
            parse_field(parts[0], 0, 59),
            parse_field(parts[1], 0, 23),
            parse_field(parts[2], 1, 31),
            parse_field(parts[3], 1, 12),
            frozenset(wd),
            parts[2] != "*",
            parts[4] != "*",
        )

    def day_matches(self, moment):
        cron_weekday = int(moment.strftime("%w"))  # Sunday = 0
        checks = []
        if self.days_restricted:
            checks.append(moment.day in self.days)
        if self.weekdays_restricted:
            checks.append(cron_weekday in self.weekdays)
        return any(checks) if checks else True

    def matches(self, moment):
        return (moment.minute in self.minutes and moment.hour in self.hours
                and moment.month in self.months and self.day_matches(moment))
