import re

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31),
          ("month", 1, 12), ("weekday", 0, 7)]

PART = re.compile(r"^(?:(\*)|(\d+)(?:-(\d+))?)(?:/(\d+))?$")


def parse_field(text, low, high):
    result = set()
    for part in text.split(","):
        m = PART.match(part)
        if not m:
            raise ValueError(f"bad cron field part: {part!r}")
        star, first, last, step = m.groups()
        if star:
            first, last = low, high
        else:
            first = int(first)
            last = int(last) if last is not None else first
        if first < low or last > high:
            raise ValueError(f"{part!r} is outside {low}..{high}")
        result |= set(range(first, last + 1, int(step or 1)))
    return result


def parse_cron(expr):
    parts = expr.split()
    if len(parts) != len(FIELDS):
        raise ValueError(expr)
    fields = {name: parse_field(part, low, high)
              for part, (name, low, high) in zip(parts, FIELDS)}
    fields["weekday"] = {day % 7 for day in fields["weekday"]}
    return fields
