"""Each instance of an ordinary class carries a dict for its attributes. For many small
objects, `__slots__` stores the attributes in fixed places instead: less memory, and a typo in
an attribute name becomes an error. Give Sample its slots, and finish measure_peak, which
uses tracemalloc to report the most memory a call needed.
"""

import tracemalloc


class Sample:
    """One metric reading from one host."""

    # TODO: declare __slots__ for the three attributes

    def __init__(self, host: str, metric: str, value: float):
        self.host = host
        self.metric = metric
        self.value = value


def measure_peak(func, *args):
    """Call func(*args) while tracemalloc traces allocations; return (result, peak bytes)."""
    tracemalloc.start()
    try:
        result = func(*args)
        # TODO: ask tracemalloc for the traced memory: (current, peak)
        peak = 0
    finally:
        tracemalloc.stop()
    return result, peak


# --- tests: read them, don't change them ---
import pytest


class PlainSample:
    def __init__(self, host, metric, value):
        self.host = host
        self.metric = metric
        self.value = value


def make_many(cls, count=5_000):
    return [cls("web1", "cpu", 0.5) for _ in range(count)]


def test_measure_peak_returns_the_result():
    result, _ = measure_peak(sorted, [3, 1, 2])
    assert result == [1, 2, 3]


def test_measure_peak_sees_a_big_allocation():
    _, peak = measure_peak(lambda: len(bytearray(1_000_000)))
    assert 1_000_000 <= peak < 2_000_000


def test_measure_peak_stops_tracing():
    measure_peak(list, range(10))
    assert not tracemalloc.is_tracing()


def test_sample_has_no_attribute_dict():
    assert not hasattr(Sample("web1", "cpu", 0.5), "__dict__")


def test_misspelt_attribute_is_an_error():
    sample = Sample("web1", "cpu", 0.5)
    with pytest.raises(AttributeError):
        sample.vaule = 0.7


def test_many_samples_need_less_memory_than_plain_objects():
    tracemalloc.start()
    try:
        make_many(PlainSample)
        plain = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        make_many(Sample)
        slotted = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert slotted < 0.8 * plain
