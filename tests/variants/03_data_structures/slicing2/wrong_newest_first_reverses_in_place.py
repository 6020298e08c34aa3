def newest_first(events):
    events.reverse()
    return events


def latest(events, n):
    return events[-1:-n - 1:-1]


def backwards_between(events, first, last):
    return events[first:last + 1][::-1]
