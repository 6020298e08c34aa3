"""Magic methods 3: ordering with functools.total_ordering.

Money already has `__eq__`. Add `__lt__` so amounts of the same currency
can be ordered (comparing EUR with USD raises ValueError; comparing with
something that is not Money returns NotImplemented). Then decorate the
class with `functools.total_ordering`, which derives <=, > and >= from
`__eq__` and `__lt__`.
"""
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if self.currency != other.currency:
            raise ValueError(f"cannot compare {self.currency} with {other.currency}")
        return self.cents < other.cents


# --- tests: read them, don't change them ---

import pytest


def test_less_than():
    assert Money(100, "EUR") < Money(250, "EUR")
    assert not Money(250, "EUR") < Money(100, "EUR")
    assert not Money(100, "EUR") < Money(100, "EUR")


def test_the_other_comparisons():
    assert Money(100, "EUR") <= Money(100, "EUR")
    assert Money(100, "EUR") <= Money(101, "EUR")
    assert Money(300, "EUR") > Money(100, "EUR")
    assert Money(300, "EUR") >= Money(300, "EUR")
    assert not Money(300, "EUR") >= Money(301, "EUR")


def test_sorted_min_and_max():
    amounts = [Money(500, "EUR"), Money(20, "EUR"), Money(1999, "EUR")]
    assert sorted(amounts) == [Money(20, "EUR"), Money(500, "EUR"), Money(1999, "EUR")]
    assert min(amounts) == Money(20, "EUR")
    assert max(amounts) == Money(1999, "EUR")


def test_different_currencies_cannot_be_ordered():
    with pytest.raises(ValueError):
        Money(100, "EUR") < Money(100, "USD")
    with pytest.raises(ValueError):
        Money(100, "EUR") >= Money(100, "USD")


def test_ordering_against_a_number_is_a_type_error():
    with pytest.raises(TypeError):
        Money(100, "EUR") < 5


def test_another_type_gets_its_turn():
    class Infinity:
        """Bigger than anything, when asked from the other side."""

        def __gt__(self, other):
            return True

    assert Money(100, "EUR") < Infinity(), (
        "for a type it doesn't know, __lt__ must return NotImplemented, "
        "so that Python asks the other object"
    )
