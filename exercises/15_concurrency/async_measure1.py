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
    # TODO: time.time() follows the wall clock, which can jump
    start = time.time()
    result = func(*args)
    return result, time.time() - start


def compare(n, delay):
    _, sequential = elapsed(one_by_one, n, delay)
    # TODO: measure all_together(n, delay) too; elapsed wants something to CALL
    concurrent = sequential
    return {"sequential": sequential, "concurrent": concurrent,
            "speedup": sequential / concurrent}


# --- tests: read them, don't change them ---
import time

import pytest


class FakeClocks:
    """A steady clock that moves only when the test says so, and a wall
    clock that is set back by an hour halfway (as NTP might do)."""

    def __init__(self, monkeypatch):
        self.now = 1000.0
        self.wall_offset = 0.0
        for name in ("perf_counter", "monotonic"):
            monkeypatch.setattr(time, name, lambda: self.now)
            monkeypatch.setattr(time, name + "_ns", lambda: int(self.now * 1e9))
        monkeypatch.setattr(time, "time", lambda: self.now + self.wall_offset)
        monkeypatch.setattr(time, "time_ns", lambda: int((self.now + self.wall_offset) * 1e9))

    def spend(self, seconds, jump=False):
        self.now += seconds
        if jump:
            self.wall_offset -= 3600


@pytest.fixture
def clocks(monkeypatch):
    return FakeClocks(monkeypatch)


def test_elapsed_returns_the_result_and_the_time(clocks):
    def job(a, b):
        clocks.spend(0.75)
        return a + b

    assert elapsed(job, 2, 3) == (5, 0.75)


def test_elapsed_is_not_fooled_by_a_clock_change(clocks):
    def job():
        clocks.spend(1.5, jump=True)
        return "done"

    result, seconds = elapsed(job)
    assert seconds == 1.5, f"measured {seconds} s: use a monotonic clock"


def test_compare_measures_both_ways(clocks, monkeypatch):
    def fake_one_by_one(n, delay):
        clocks.spend(n * delay)

    async def fake_all_together(n, delay):
        clocks.spend(delay)

    monkeypatch.setitem(globals(), "one_by_one", fake_one_by_one)
    monkeypatch.setitem(globals(), "all_together", fake_all_together)
    assert compare(8, 0.25) == {"sequential": 2.0, "concurrent": 0.25, "speedup": 8.0}


def test_a_real_measurement():
    result = compare(10, 0.02)
    assert result["sequential"] >= 10 * 0.02
    assert result["speedup"] > 2, f"only {result['speedup']:.1f} times faster together?"
