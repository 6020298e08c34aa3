def newest_first(events):
    return events[len(events)::-1]


def latest(events, n):
    return events[:-(n + 1):-1]


def backwards_between(events, first, last):
    return list(reversed(events[first:last + 1]))
