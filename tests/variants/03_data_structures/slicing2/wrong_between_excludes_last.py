def newest_first(events):
    return events[::-1]


def latest(events, n):
    return events[-1:-n - 1:-1]


def backwards_between(events, first, last):
    return events[first:last][::-1]
