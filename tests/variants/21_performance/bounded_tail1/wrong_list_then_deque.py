"""Memory management: keep only the newest items.

A log of millions of lines doesn't belong in memory, but its last 20 lines do.
`collections.deque(maxlen=n)` holds at most n items: appending one more drops the oldest.
- `tail(lines, n)`: the last n items of any iterable (read once), as a list, holding at most
  n of them at any time (n may be 0);
- `moving_average(values, window)`: yields, for each value, the mean of the last `window`
  values (of all values so far at the start), holding only `window` values.
"""
from collections import deque


def tail(lines, n: int) -> list:
    return list(deque(list(lines), maxlen=n))


def moving_average(values, window: int):
    recent = deque(maxlen=window)
    for value in values:
        recent.append(value)
        yield sum(recent) / len(recent)


