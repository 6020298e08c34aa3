"""Magic methods 5: arithmetic with __add__ and __radd__.

`a + b` calls `a.__add__(b)`. Adding two Money objects must return a NEW
Money and leave both operands unchanged; adding different currencies
raises ValueError, and adding something that is not Money returns
NotImplemented (Python then raises TypeError). `sum()` starts from 0, so
also add `__radd__` that handles `0 + money`.
"""


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

    def __add__(self, other):
        # TODO: return a new Money instead of changing self; check the
        # type of other and the currencies first.
        self.cents += other.cents
        return self

    # TODO: add __radd__(self, other) so that sum() works.


# --- tests: read them, don't change them ---

import pytest


def test_adding_gives_the_total():
    assert Money(250, "EUR") + Money(100, "EUR") == Money(350, "EUR")


def test_adding_leaves_both_operands_unchanged():
    coffee = Money(250, "EUR")
    cake = Money(400, "EUR")
    total = coffee + cake
    assert total == Money(650, "EUR")
    assert coffee == Money(250, "EUR")
    assert cake == Money(400, "EUR")


def test_plus_equals_does_not_change_other_names_for_the_object():
    price = Money(100, "EUR")
    running_total = price
    running_total += Money(50, "EUR")
    assert running_total == Money(150, "EUR")
    assert price == Money(100, "EUR")


def test_different_currencies_cannot_be_added():
    with pytest.raises(ValueError):
        Money(100, "EUR") + Money(100, "USD")


def test_adding_a_plain_number_is_a_type_error():
    with pytest.raises(TypeError):
        Money(100, "EUR") + 5


def test_another_type_gets_its_turn():
    class Tip:
        """Knows how to be added to anything, from the right-hand side."""

        def __radd__(self, other):
            return "tip added"

    assert Money(100, "EUR") + Tip() == "tip added", (
        "for a type it doesn't know, __add__ must return NotImplemented, "
        "so that Python asks the other object"
    )


def test_sum_of_a_list():
    prices = [Money(250, "EUR"), Money(400, "EUR"), Money(99, "EUR")]
    assert sum(prices) == Money(749, "EUR")
    assert sum([Money(1, "USD")]) == Money(1, "USD")
