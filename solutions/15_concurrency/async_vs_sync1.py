"""When does async pay off? When a program mostly WAITS.

`slow_io_sync(i)` and `slow_io(i)` stand in for a network call: a few
milliseconds of waiting, then a result. Twenty of them one after the other
take the sum of their waits; started together they take about as long as the
longest one, because while one waits the event loop runs the others. But a server (or your rate limit) may not take all of
them at once: `run_async(n, limit)` runs slow_io(0..n-1) together, at most
`limit` at a time (an asyncio.Semaphore does that), and returns the results in
order.
"""
import asyncio
import threading
import time

DELAY = 0.005


class InFlight:
    """Counts the calls in progress, and the most there ever were at once."""

    def __init__(self):
        self.now = 0
        self.most = 0
        self._lock = threading.Lock()

    def __enter__(self):
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def __exit__(self, *exc_info):
        with self._lock:
            self.now -= 1


in_flight = InFlight()


def delay_of(i):
    """How long call i waits: 1, 2 or 3 times DELAY, so they don't end in order."""
    return DELAY * (1 + i * 7 % 3)


def slow_io_sync(i):
    with in_flight:
        time.sleep(delay_of(i))
    return i * 10


async def slow_io(i):
    with in_flight:
        await asyncio.sleep(delay_of(i))
    return i * 10


def run_sync(n):
    return [slow_io_sync(i) for i in range(n)]


async def run_async(n, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(i):
        async with semaphore:
            return await slow_io(i)

    return list(await asyncio.gather(*(one(i) for i in range(n))))


# --- tests: read them, don't change them ---
# The tests look at OVERLAP (how many calls were waiting at the same moment),
# not at the clock: timings on a busy machine are not reliable.
import asyncio

import pytest


@pytest.fixture(autouse=True)
def fresh_counter():
    in_flight.now = in_flight.most = 0


def test_sync_calls_never_overlap():
    assert run_sync(5) == [0, 10, 20, 30, 40]
    assert in_flight.most == 1


def test_async_results_in_order():
    assert asyncio.run(run_async(20, limit=5)) == [i * 10 for i in range(20)]


def test_async_calls_overlap_up_to_the_limit():
    asyncio.run(run_async(20, limit=5))
    assert in_flight.most == 5, f"{in_flight.most} call(s) at once, with limit=5"


def test_limit_larger_than_the_work():
    asyncio.run(run_async(3, limit=10))
    assert in_flight.most == 3, f"{in_flight.most} call(s) at once, for 3 calls"
