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
    cpu_start = time.process_time()
    func()
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    return wall, cpu


def advice(wall, cpu):
    if cpu >= wall / 2:
        return "processes"
    return "threads or asyncio"


