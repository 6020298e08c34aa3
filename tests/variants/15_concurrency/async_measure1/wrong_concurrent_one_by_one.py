"""Measure, don't guess: does concurrency pay off for this job?

Async helps when a program spends its time WAITING (network, disk, other
programs), and the way to know is to measure.
`elapsed(func, *args)` calls func(*args) and returns (its result, the seconds
it took). Measure with a monotonic clock such as time.perf_counter, made for
intervals: time.time() follows the wall clock, which jumps when the system
clock is set (by NTP, by hand), so a duration taken with it can even come out
negative.
`compare(n, delay)` measures n waits of `delay` seconds (stand-ins for network
calls) done two ways - one after the other (`one_by_one`) and all together
(`all_together`, a coroutine: run it with asyncio.run) - and returns
{"sequential": seconds, "concurrent": seconds, "speedup": sequential / concurrent}.
"""
import asyncio
import time


def one_by_one(n, delay):
    for _ in range(n):
        time.sleep(delay)


async def all_together(n, delay):
    await asyncio.gather(*(asyncio.sleep(delay) for _ in range(n)))


def elapsed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - start


def compare(n, delay):
    _, sequential = elapsed(one_by_one, n, delay)
    _, concurrent = elapsed(lambda: [asyncio.run(all_together(1, delay)) for _ in range(n)])
    return {"sequential": sequential, "concurrent": concurrent,
            "speedup": sequential / concurrent}


