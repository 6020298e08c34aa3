"""Threads, asyncio or processes? Measure how busy the CPU really was.

A job that mostly WAITS (network, disk, sleep) uses little CPU time: threads or
asyncio run other work while it waits. A job that keeps the CPU busy all the
time (compressing, hashing, parsing) gains nothing from threads in CPython,
where only one thread runs Python code at a time (the GIL): it needs processes.
1. `profile(func)` calls func() and returns (wall, cpu): the seconds that went
   by (time.perf_counter) and the CPU seconds this process used meanwhile
   (time.process_time counts only time spent computing, in all its threads).
2. `advice(wall, cpu)` returns "processes" when the CPU was busy at least half
   of the wall time, "threads or asyncio" when it was less, and "sequential"
   for a job that took no time at all (wall == 0).
"""
import time


def profile(func):
    wall_start = time.perf_counter()
    # TODO: this "CPU" clock is just another wall clock
    cpu_start = time.perf_counter()
    func()
    cpu = time.perf_counter() - cpu_start
    wall = time.perf_counter() - wall_start
    return wall, cpu


def advice(wall, cpu):
    # TODO: follow the rules of the docstring
    return "threads or asyncio"


# --- tests: read them, don't change them ---
import time

import pytest


class FakeClocks:
    """A wall clock and a CPU clock that move only when a fake job says so."""

    def __init__(self, monkeypatch):
        self.wall = 50.0
        self.cpu = 3.0
        for name in ("perf_counter", "monotonic"):
            monkeypatch.setattr(time, name, lambda: self.wall)
            monkeypatch.setattr(time, name + "_ns", lambda: int(self.wall * 1e9))
        for name in ("process_time", "thread_time"):
            monkeypatch.setattr(time, name, lambda: self.cpu)
            monkeypatch.setattr(time, name + "_ns", lambda: int(self.cpu * 1e9))

    def job(self, wall, cpu):
        def run():
            self.wall += wall
            self.cpu += cpu
        return run


@pytest.fixture
def clocks(monkeypatch):
    return FakeClocks(monkeypatch)


def test_profile_a_job_that_waits(clocks):
    assert profile(clocks.job(wall=2.0, cpu=0.25)) == (2.0, 0.25)


def test_profile_a_busy_job(clocks):
    assert profile(clocks.job(wall=4.0, cpu=3.5)) == (4.0, 3.5)


def test_profile_a_real_sleep():
    wall, cpu = profile(lambda: time.sleep(0.05))
    assert wall >= 0.05
    assert cpu < wall / 2, f"{cpu:.3f} CPU seconds while sleeping? Measure CPU time"


@pytest.mark.parametrize("wall, cpu, expected", [
    (2.0, 1.9, "processes"),
    (2.0, 1.0, "processes"),
    (2.0, 0.99, "threads or asyncio"),
    (10.0, 0.01, "threads or asyncio"),
    (0.0, 0.0, "sequential"),
])
def test_advice(wall, cpu, expected):
    assert advice(wall, cpu) == expected, f"wall {wall} s, cpu {cpu} s"
