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
    results = []
    for start in range(0, n, limit):
        batch = range(start, min(start + limit, n))
        results.extend(await asyncio.gather(*(slow_io(i) for i in batch)))
    return results
