import bisect
from collections import deque


def unknown_hosts(seen, inventory):
    return [host for host in seen if host not in set(inventory)]


def bucket_for(latency, bounds):
    return bisect.bisect_left(bounds, latency)


def tail(lines, n):
    return list(deque(lines, maxlen=n))
