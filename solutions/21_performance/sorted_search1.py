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
    first = bisect.bisect_left(times, start)
    after = bisect.bisect_left(times, end)
    return times[first:after]


# --- tests: read them, don't change them ---


class CountedFloat(float):
    """A float that counts how often it is compared."""

    comparisons = 0

    def _count(self):
        CountedFloat.comparisons += 1
        return float(self)

    def __lt__(self, other):
        return self._count() < other

    def __le__(self, other):
        return self._count() <= other

    def __gt__(self, other):
        return self._count() > other

    def __ge__(self, other):
        return self._count() >= other


def test_bucket_for_edges():
    bounds = [10.0, 50.0, 100.0]
    assert bucket_for(5.0, bounds) == 0
    assert bucket_for(10.0, bounds) == 0
    assert bucket_for(10.5, bounds) == 1
    assert bucket_for(100.0, bounds) == 2
    assert bucket_for(250.0, bounds) == 3
    assert bucket_for(1.0, []) == 0


def test_bucket_for_needs_few_comparisons():
    bounds = [float(b) for b in range(0, 2000, 2)]
    CountedFloat.comparisons = 0
    assert bucket_for(CountedFloat(1001.0), bounds) == 501
    compared = CountedFloat.comparisons
    assert compared <= 15, f"{compared} comparisons to search {len(bounds)} bounds"


def test_between_includes_start_and_leaves_out_end():
    times = [1.0, 2.0, 2.0, 3.5, 5.0, 5.0, 7.25, 9.0]
    assert between(times, 2.0, 5.0) == [2.0, 2.0, 3.5]
    assert between(times, 0.0, 1.0) == []
    assert between(times, 5.0, 100.0) == [5.0, 5.0, 7.25, 9.0]
    assert between(times, 3.0, 3.1) == []
    assert between([], 1.0, 2.0) == []


def test_between_needs_few_comparisons():
    times = [CountedFloat(t / 4) for t in range(4000)]
    CountedFloat.comparisons = 0
    window = between(times, 250.0, 260.0)
    compared = CountedFloat.comparisons
    assert (len(window), window[0], window[-1]) == (40, 250.0, 259.75)
    assert compared <= 30, f"{compared} comparisons to search {len(times)} times"
