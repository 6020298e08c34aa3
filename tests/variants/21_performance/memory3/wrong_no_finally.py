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
    result = func(*args)
    _, peak = tracemalloc.get_traced_memory()
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
    statistics = snapshot.statistics("lineno")
    return [(stat.traceback[0].filename, stat.traceback[0].lineno, stat.size)
            for stat in statistics[:limit]]


