def newest_first(events):
    return events[::-1]


def latest(events, n):
    return events[-n:] if n else []


def backwards_between(events, first, last):
    return events[first:last + 1][::-1]
