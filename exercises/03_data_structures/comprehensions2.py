"""Comprehensions: build a dict in one expression.

A cafe keeps its prices in a dict. `discounted(prices, percent)` must return a
NEW dict with every price reduced by `percent` per cent. `affordable(prices,
limit)` must return a new dict with only the items that cost at most `limit`.
Write both as dict comprehensions, `{key: value for ... in ...}`, not `for`
statements.
"""


def discounted(prices, percent):
    # TODO: reduce each price by `percent` per cent.
    return {item: price for item, price in prices.items()}


def affordable(prices, limit):
    # TODO: keep only the items whose price is at most `limit`.
    return {item: price for item, price in prices.items()}


# --- tests: read them, don't change them ---

import ast
import sys

import pytest

from coursekit import learner_tree


def comprehension_problem(name):
    tree = learner_tree(sys.modules[__name__])
    functions = [node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == name]
    if not functions:
        return f"{name} is missing"
    inside = list(ast.walk(functions[0]))
    if any(isinstance(node, (ast.For, ast.While)) for node in inside):
        return f"{name} has a loop statement: write it as a dict comprehension instead"
    if not any(isinstance(node, ast.DictComp) for node in inside):
        return f"{name} needs a dict comprehension: " + "{key: value for ... in ...}"
    return None


MENU = {"tea": 2.0, "cake": 3.5, "sandwich": 6.0}


def test_discounted_reduces_every_price():
    assert discounted(MENU, 10) == pytest.approx({"tea": 1.8, "cake": 3.15, "sandwich": 5.4})


def test_discount_of_zero_keeps_the_prices():
    assert discounted(MENU, 0) == pytest.approx(MENU)


def test_discounted_does_not_change_the_menu():
    discounted(MENU, 50)
    assert MENU == {"tea": 2.0, "cake": 3.5, "sandwich": 6.0}


def test_affordable_keeps_cheap_items():
    assert affordable(MENU, 4) == {"tea": 2.0, "cake": 3.5}


def test_affordable_includes_the_limit_itself():
    assert affordable(MENU, 3.5) == {"tea": 2.0, "cake": 3.5}


def test_nothing_is_affordable_below_the_cheapest_price():
    assert affordable(MENU, 1) == {}


def test_discounted_is_a_dict_comprehension():
    problem = comprehension_problem("discounted")
    assert problem is None, problem


def test_affordable_is_a_dict_comprehension():
    problem = comprehension_problem("affordable")
    assert problem is None, problem
