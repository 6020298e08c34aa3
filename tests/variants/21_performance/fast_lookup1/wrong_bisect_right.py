import bisect
from collections import deque


def unknown_hosts(seen, inventory):
    known = set(inventory)
    return [host for host in seen if host not in known]


def bucket_for(latency, bounds):
    return bisect.bisect_right(bounds, latency)


def tail(lines, n):
    return list(deque(lines, maxlen=n))
