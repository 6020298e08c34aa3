import tracemalloc


class Sample:
    __slots__ = ("host", "metric", "value")

    def __init__(self, host, metric, value):
        self.host = host
        self.metric = metric
        self.value = value


def measure_peak(func, *args):
    tracemalloc.start()
    result = func(*args)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, current
