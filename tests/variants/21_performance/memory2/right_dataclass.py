import tracemalloc
from dataclasses import dataclass


@dataclass(slots=True)
class Sample:
    host: str
    metric: str
    value: float


def measure_peak(func, *args):
    tracemalloc.start()
    try:
        result = func(*args)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, peak
