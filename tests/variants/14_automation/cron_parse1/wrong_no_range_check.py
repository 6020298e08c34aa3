FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31),
          ("month", 1, 12), ("weekday", 0, 7)]


def parse_field(text, low, high):
    values = set()
    for part in text.split(","):
        part, _, step = part.partition("/")
        step = int(step) if step else 1
        if part == "*":
            start, end = low, high
        elif "-" in part:
            start, end = (int(n) for n in part.split("-"))
        else:
            start = end = int(part)
        values.update(v for v in range(start, end + 1, step) if low <= v <= high)
    return values


def parse_cron(expr):
    parts = expr.split()
    if len(parts) != len(FIELDS):
        raise ValueError(expr)
    fields = {name: parse_field(part, low, high)
              for part, (name, low, high) in zip(parts, FIELDS)}
    fields["weekday"] = {day % 7 for day in fields["weekday"]}
    return fields
