import asyncio
import time


def one_by_one(n, delay):
    for _ in range(n):
        time.sleep(delay)


async def all_together(n, delay):
    await asyncio.gather(*(asyncio.sleep(delay) for _ in range(n)))


def elapsed(func, *args):
    before = time.monotonic_ns()
    value = func(*args)
    after = time.monotonic_ns()
    return value, (after - before) / 1_000_000_000


def compare(n, delay):
    sequential = elapsed(one_by_one, n, delay)[1]
    concurrent = elapsed(lambda: asyncio.run(all_together(n, delay)))[1]
    return {
        "sequential": sequential,
        "concurrent": concurrent,
        "speedup": sequential / concurrent,
    }
