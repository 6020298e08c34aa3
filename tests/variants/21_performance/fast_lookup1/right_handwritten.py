import bisect
from collections import deque


def unknown_hosts(seen, inventory):
    known = dict.fromkeys(inventory)
    result = []
    for host in seen:
        if host not in known:
            result.append(host)
    return result


def bucket_for(latency, bounds):
    lo, hi = 0, len(bounds)
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid] < latency:
            lo = mid + 1
        else:
            hi = mid
    return lo


def tail(lines, n):
    window = deque(maxlen=n)
    for line in lines:
        window.append(line)
    return list(window)
