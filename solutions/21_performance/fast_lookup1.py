"""The quickest code is the work you don't do, and the data structure decides how much work a
lookup is. Each function below gives the right answer the slow way. Make unknown_hosts use a
set, bucket_for use bisect on the sorted bounds, and tail use a deque with a maximum length.
"""

import bisect
from collections import deque


def unknown_hosts(seen: list[str], inventory: list[str]) -> list[str]:
    """The hosts in `seen` that are not in `inventory`, in the order seen."""
    known = set(inventory)
    return [host for host in seen if host not in known]


def bucket_for(latency: float, bounds: list[float]) -> int:
    """The index of the first bound >= latency in the sorted `bounds`; len(bounds) if none."""
    return bisect.bisect_left(bounds, latency)


def tail(lines, n: int) -> list:
    """The last n items of any iterable (read once), as a list, holding at most n at a time."""
    return list(deque(lines, maxlen=n))


# --- tests: read them, don't change them ---
import tracemalloc


class CountedStr(str):
    """A str that counts how often it is compared and hashed."""

    eq_calls = 0
    hash_calls = 0

    def __eq__(self, other):
        CountedStr.eq_calls += 1
        return str.__eq__(self, other)

    def __ne__(self, other):
        CountedStr.eq_calls += 1
        return str.__ne__(self, other)

    def __hash__(self):
        CountedStr.hash_calls += 1
        return str.__hash__(self)


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


def test_unknown_hosts_keeps_order_and_repeats():
    assert unknown_hosts(["db9", "web1", "db9", "x"], ["web1", "web2"]) == ["db9", "db9", "x"]


def test_unknown_hosts_looks_up_by_hash():
    inventory = [CountedStr(f"host{i}") for i in range(1000)]
    seen = [CountedStr(f"host{i}") for i in range(0, 2000, 10)]
    CountedStr.eq_calls = CountedStr.hash_calls = 0
    assert len(unknown_hosts(seen, inventory)) == 100
    assert CountedStr.eq_calls <= len(seen)
    assert CountedStr.hash_calls <= 2 * (len(inventory) + len(seen))


def test_bucket_for_edges():
    bounds = [10.0, 50.0, 100.0]
    assert bucket_for(5.0, bounds) == 0
    assert bucket_for(10.0, bounds) == 0
    assert bucket_for(10.5, bounds) == 1
    assert bucket_for(100.0, bounds) == 2
    assert bucket_for(250.0, bounds) == 3


def test_bucket_for_needs_few_comparisons():
    bounds = [float(b) for b in range(0, 2000, 2)]
    CountedFloat.comparisons = 0
    assert bucket_for(CountedFloat(1001.0), bounds) == 501
    assert CountedFloat.comparisons <= 15


def test_tail_returns_the_last_items():
    assert tail(iter(range(10)), 3) == [7, 8, 9]
    assert tail(["a", "b"], 5) == ["a", "b"]


def test_tail_of_zero_items_is_empty():
    assert tail(iter(range(10)), 0) == []


def test_tail_holds_only_n_items_in_memory():
    tracemalloc.start()
    try:
        last = tail((i * 1000 for i in range(100_000)), 3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert last == [99_997_000, 99_998_000, 99_999_000]
    assert peak < 100_000
