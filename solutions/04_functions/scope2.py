"""Refactor: pass values in, hand results back.

`checkout(prices, order)` works, and its tests pass. But its helpers talk to
each other through global variables: `subtotal` leaves its result in
`cart_total`, and `discount` reads it from there. Such code breaks as soon as
two carts are worked on at once, and you can't test a helper on its own.

Rewrite the helpers so that no function uses `global`:
- `subtotal(prices, order)` RETURNS the total of the order, in cents;
- `discount(amount)` RETURNS the discount on a subtotal of `amount` cents:
  10 per cent (rounded down) from 10000 cents up, else 0;
- `checkout` passes the values along and returns the same as before.
"""


def subtotal(prices, order):
    total = 0
    for item, quantity in order.items():
        total += prices[item] * quantity
    return total


def discount(amount):
    if amount >= 10000:
        return amount // 10
    return 0


def checkout(prices, order):
    amount = subtotal(prices, order)
    return amount - discount(amount)

# --- tests: read them, don't change them ---

import inspect
import sys

import pytest

from coursekit import functions_using_global

module = sys.modules[__name__]

PRICES = {"keyboard": 4500, "mouse": 1999, "cable": 350}


def test_checkout_of_a_small_order():
    assert checkout(PRICES, {"mouse": 1, "cable": 2}) == 2699


def test_checkout_with_the_discount():
    assert checkout(PRICES, {"keyboard": 2, "mouse": 1, "cable": 1}) == 10215


def test_checkout_of_an_empty_order():
    assert checkout(PRICES, {}) == 0


def test_no_function_uses_global():
    users = functions_using_global(module)
    assert users == [], f"still using `global`: {', '.join(users)}"


def test_subtotal_returns_the_total():
    assert subtotal(PRICES, {"keyboard": 1, "cable": 3}) == 5550


def test_discount_takes_the_subtotal_and_returns_the_discount():
    try:
        inspect.signature(discount).bind(12345)
    except TypeError:
        pytest.fail("discount(amount) should take the subtotal as a parameter", pytrace=False)
    assert discount(12345) == 1234
    assert discount(10000) == 1000
    assert discount(9999) == 0
