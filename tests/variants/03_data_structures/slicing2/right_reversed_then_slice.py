def newest_first(events):
    return list(reversed(events))


def latest(events, n):
    return events[::-1][:n]


def backwards_between(events, first, last):
    stop = first - 1 if first > 0 else None
    return events[last:stop:-1]
