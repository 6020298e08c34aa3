"""A list holds all its items at once; a generator makes one item when asked and forgets it.
Turn parse_sizes into a generator and let total_size sum it directly, so a huge (or endless)
access log is processed in a small, constant amount of memory.
"""

import sys
import tracemalloc


def parse_sizes(lines):
    """The response size (the last field, when it is a number) of each log line."""
    # TODO: yield each size as it is found instead of collecting them in a list
    sizes = []
    for line in lines:
        fields = line.split()
        if fields and fields[-1].isdigit():
            sizes.append(int(fields[-1]))
    return sizes


def total_size(lines) -> int:
    """The sum of all response sizes."""
    # TODO: sum the sizes without building a list first
    return sum([size for size in parse_sizes(lines)])


# --- tests: read them, don't change them ---
import itertools


def access_log(count):
    for i in range(count):
        yield f"10.0.0.{i % 250} GET /files/{i} 200 {1000 + i % 5000}"


def test_parse_sizes_skips_lines_without_a_size():
    lines = ["a GET / 200 512", "", "b GET /x 304 -", "c GET /y 200 20"]
    assert list(parse_sizes(lines)) == [512, 20]


def test_parse_sizes_reads_only_as_far_as_needed():
    def log_then_explode():
        yield "a GET / 200 1"
        yield "b GET / 200 2"
        raise AssertionError("parse_sizes read the whole log before giving the first sizes")

    assert list(itertools.islice(parse_sizes(log_then_explode()), 2)) == [1, 2]


def test_parse_sizes_result_is_small_whatever_the_input():
    size = sys.getsizeof(parse_sizes(access_log(100_000)))
    assert size < 1_000, f"parse_sizes returned an object of {size:,} bytes for 100,000 lines"


def test_total_size_runs_in_constant_memory():
    tracemalloc.start()
    try:
        total = total_size(access_log(20_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert total == sum(1000 + i % 5000 for i in range(20_000))
    assert peak < 200_000, f"total_size needed {peak:,} bytes at its peak"
