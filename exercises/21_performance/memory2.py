"""Memory management: __slots__ for many small objects.

Each instance of an ordinary class carries a dict for its attributes. For many small objects
(a million metric samples), `__slots__` stores the attributes in fixed places instead: each
object needs less memory, and a typo in an attribute name becomes an AttributeError instead
of a new, silently ignored attribute. Give Sample slots for its three attributes.
"""


class Sample:
    """One metric reading from one host."""

    # TODO: declare __slots__ for the three attributes

    def __init__(self, host: str, metric: str, value: float):
        self.host = host
        self.metric = metric
        self.value = value


# --- tests: read them, don't change them ---
import tracemalloc

import pytest


class PlainSample:
    def __init__(self, host, metric, value):
        self.host = host
        self.metric = metric
        self.value = value


def make_many(cls, count=5_000):
    return [cls("web1", "cpu", 0.5) for _ in range(count)]


def test_sample_keeps_its_values():
    sample = Sample("web1", "cpu", 0.5)
    assert (sample.host, sample.metric, sample.value) == ("web1", "cpu", 0.5)
    sample.value = 0.75
    assert sample.value == 0.75


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
    assert slotted < 0.8 * plain, f"{slotted:,} bytes with slots, {plain:,} without"
