"""Memory management: measuring memory with tracemalloc.

Before you make code use less memory, find out how much it uses and where. `tracemalloc`
records every allocation Python makes while it traces:
- `measure_peak(func, *args)` returns (func's result, the most memory, in bytes, that was
  allocated at one time during the call);
- `biggest_lines(func, *args, limit)` returns where the memory still held at the end of
  the call was allocated: the `limit` source lines holding the most, biggest first, as
  (file name, line number, bytes).
Both stop tracing when they are done, even if func raises.
"""
import tracemalloc


def measure_peak(func, *args):
    tracemalloc.start()
    try:
        result = func(*args)
        # TODO: ask tracemalloc for the traced memory: (current, peak)
        peak = 0
    finally:
        tracemalloc.stop()
    return result, peak


def biggest_lines(func, *args, limit: int = 3) -> list[tuple[str, int, int]]:
    tracemalloc.start()
    try:
        result = func(*args)  # keep the result alive: its memory is what we look for
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    del result
    # TODO: group the allocations by source line, not by file.
    statistics = snapshot.statistics("filename")
    return [(stat.traceback[0].filename, stat.traceback[0].lineno, stat.size)
            for stat in statistics[:limit]]


# --- tests: read them, don't change them ---
import inspect
import os

import pytest


def inventory(count):
    names = [f"host{i:05}" for i in range(count)]  # BIG LINE
    ports = list(range(count // 10))
    return names, ports


def big_line_number():
    lines, first = inspect.getsourcelines(inventory)
    return first + next(i for i, line in enumerate(lines) if "# BIG LINE" in line)


def test_measure_peak_returns_the_result():
    result, _ = measure_peak(sorted, [3, 1, 2])
    assert result == [1, 2, 3]


def test_measure_peak_sees_a_big_allocation():
    _, peak = measure_peak(lambda: len(bytearray(1_000_000)))
    assert 1_000_000 <= peak < 2_000_000, f"peak {peak:,} bytes for a 1,000,000-byte array"


def test_measure_peak_stops_tracing_even_after_an_error():
    with pytest.raises(ZeroDivisionError):
        measure_peak(lambda: 1 / 0)
    assert not tracemalloc.is_tracing()


def test_biggest_lines_names_the_line():
    found = biggest_lines(inventory, 20_000, limit=2)
    assert found, "biggest_lines found nothing"
    filename, line, size = found[0]
    assert os.path.basename(filename) == os.path.basename(__file__)
    assert line == big_line_number(), f"line {line} is not the line that holds the most"
    assert size > 1_000_000


def test_biggest_lines_biggest_first():
    sizes = [size for _, _, size in biggest_lines(inventory, 20_000, limit=3)]
    assert sizes == sorted(sizes, reverse=True)


def test_biggest_lines_stops_tracing():
    biggest_lines(inventory, 10)
    assert not tracemalloc.is_tracing()
