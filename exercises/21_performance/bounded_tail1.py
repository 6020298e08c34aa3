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
    # TODO: list() keeps every line; a deque with a maximum length keeps the newest n.
    return list(lines)[-n:]


def moving_average(values, window: int):
    recent = []
    for value in values:
        recent.append(value)
        # TODO: keep only the last `window` values (and average only those).
        yield sum(recent) / len(recent)


# --- tests: read them, don't change them ---
import itertools
import tracemalloc


def peak_bytes(action):
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_tail_returns_the_last_items():
    assert tail(iter(range(10)), 3) == [7, 8, 9]
    assert tail(["a", "b"], 5) == ["a", "b"]


def test_tail_of_zero_items_is_empty():
    assert tail(iter(range(10)), 0) == []


def test_tail_holds_only_n_items():
    last, peak = peak_bytes(lambda: tail((i * 1000 for i in range(100_000)), 3))
    assert last == [99_997_000, 99_998_000, 99_999_000]
    assert peak < 100_000, f"tail needed {peak:,} bytes to keep 3 numbers"


def test_moving_average():
    assert list(moving_average([2, 4, 6, 8, 10], 2)) == [2, 3, 5, 7, 9]
    assert list(moving_average([3, 9, 0, 12], 3)) == [3, 6, 4, 7]
    assert list(moving_average([], 3)) == []


def test_moving_average_holds_only_the_window():
    def last_average():
        averages = moving_average((float(i % 100) for i in range(10_000)), 4)
        return next(itertools.islice(averages, 9_999, None))

    average, peak = peak_bytes(last_average)
    assert average == 97.5
    assert peak < 100_000, f"moving_average needed {peak:,} bytes for a window of 4"
