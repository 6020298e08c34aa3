def newest_first(events):
    result = []
    for event in events:
        result.insert(0, event)
    return result


def latest(events, n):
    return events[-1:-n - 1:-1]


def backwards_between(events, first, last):
    return events[first:last + 1][::-1]
