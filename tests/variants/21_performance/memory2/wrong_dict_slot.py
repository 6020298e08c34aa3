import tracemalloc


class Sample:
    __slots__ = ("host", "metric", "value", "__dict__")

    def __init__(self, host, metric, value):
        self.host = host
        self.metric = metric
        self.value = value


def measure_peak(func, *args):
    tracemalloc.start()
    try:
        result = func(*args)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak
