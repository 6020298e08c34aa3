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

    results = []
    for finished in asyncio.as_completed([one(i) for i in range(n)]):
        results.append(await finished)
    return results


