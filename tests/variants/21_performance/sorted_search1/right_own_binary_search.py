import bisect


def _first_not_below(items, value):
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if items[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


def bucket_for(latency, bounds):
    return _first_not_below(bounds, latency)


def between(times, start, end):
    return times[_first_not_below(times, start):bisect.bisect_left(times, end)]
