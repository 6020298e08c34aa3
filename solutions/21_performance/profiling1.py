"""Profiling: reading a sorted pstats report.

Measure before you optimize. cProfile counts every function call of a program, and pstats
prints the counts as a table, sorted by the column you choose. Run this file:
    python profiling1.py
It prints the profile of `nightly_report`, sorted by the number of calls (the first lines of
the table). The columns:
    ncalls    how many times the function was called; for a function that calls itself,
              "9/1" means 9 calls in all, of which 1 came from outside
    tottime   seconds spent in the function itself
    cumtime   seconds spent in it and in everything it called
    filename:lineno(function)   which function the row is about
Then answer the questions at the bottom by writing what you read, as literals.
"""
import cProfile
import pstats
import sys


def record_key(record: dict) -> tuple[str, str]:
    return record["host"], record["path"]


def dedupe(records: list[dict]) -> list[dict]:
    """The records in first-seen order, without repeats of the same key."""
    kept = []
    for record in records:
        if all(record_key(record) != record_key(other) for other in kept):
            kept.append(record)
    return kept


def count_devices(node: dict) -> int:
    """The devices of a site and of all the sites, rooms and racks below it."""
    below = sum(count_devices(child) for child in node.get("children", []))
    return len(node.get("devices", [])) + below


RECORDS = [{"host": f"web{i % 150}", "path": "/"} for i in range(300)]
SITES = {"children": [
    {"children": [{"devices": ["sw1", "sw2"]}, {"devices": ["fw1"]}]},
    {"children": [{"devices": ["sw3"]}, {"children": [{"devices": ["ap1", "ap2", "ap3"]}]}]},
    {"devices": ["rtr1"]},
]}


def nightly_report() -> tuple[int, int]:
    return len(dedupe(RECORDS)), count_devices(SITES)


def print_report() -> None:
    profiler = cProfile.Profile()
    profiler.runcall(nightly_report)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("ncalls").print_stats(8)


if __name__ == "__main__":
    print_report()

# Answers from the report (a literal each: a name in quotes, or a whole number).
# 1. Which function is on the first row, the one called most often? (its name only)
MOST_CALLED = "record_key"
# 2. How many times was it called?
MOST_CALLED_TIMES = 45000
# 3. How many times was count_devices called in all, its recursive calls included?
COUNT_DEVICES_CALLS = 9


# --- tests: read them, don't change them ---
import re

import pytest


def profile():
    """What the report says, by function name: {name: ncalls as the report shows it}."""
    profiler = cProfile.Profile()
    profiler.runcall(nightly_report)
    stats = pstats.Stats(profiler).sort_stats("ncalls")
    return {name: row.ncalls for name, row in stats.get_stats_profile().func_profiles.items()}


def total(ncalls):
    return int(str(ncalls).split("/")[0])


def function_name(answer):
    """"record_key" or "profiling1.py:21(record_key)": the name in the last column."""
    match = re.search(r"\(([^()]+)\)\s*$", answer)
    return match.group(1) if match else answer.strip()


@pytest.mark.parametrize("name", ["MOST_CALLED", "MOST_CALLED_TIMES", "COUNT_DEVICES_CALLS"])
def test_answers_are_written_out(name):
    from coursekit import assert_literal

    assert_literal(sys.modules[__name__], name)


def test_most_called():
    assert MOST_CALLED, "write the name of the function on the first row in MOST_CALLED"
    first_row = next(iter(profile()))
    assert function_name(MOST_CALLED) == first_row, (
        "that is not the function on the first row of the report: run `python profiling1.py`")


def test_most_called_times():
    calls = profile()
    first_row = next(iter(calls))
    assert isinstance(MOST_CALLED_TIMES, int), "write the number of calls as a whole number"
    assert MOST_CALLED_TIMES == total(calls[first_row]), (
        "read the ncalls column of the first row again")


def test_count_devices_calls():
    assert isinstance(COUNT_DEVICES_CALLS, int), "write the number of calls as a whole number"
    assert COUNT_DEVICES_CALLS == total(profile()["count_devices"]), (
        "read the ncalls column of count_devices: all calls come before the /")
