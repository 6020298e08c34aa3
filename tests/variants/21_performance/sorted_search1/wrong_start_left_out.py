"""Code optimization techniques: searching a sorted list by halves.

A sorted list needs no scan: the `bisect` module looks at the middle item, drops the half
that can't hold the answer and repeats, so a million items take about 20 steps. Both
functions give the right answer by scanning; make them use bisect:
- `bucket_for(latency, bounds)`: the index of the first bound >= latency in the sorted list
  `bounds`, or len(bounds) when there is none (which histogram bucket a latency falls in);
- `between(times, start, end)`: the items t of the sorted list `times` with
  start <= t < end (the events of a time window), in order.
"""
import bisect


def bucket_for(latency: float, bounds: list[float]) -> int:
    return bisect.bisect_left(bounds, latency)


def between(times: list[float], start: float, end: float) -> list[float]:
    first = bisect.bisect_right(times, start)
    after = bisect.bisect_left(times, end)
    return times[first:after]


