"""Test structure: arrange with a fixture, then act, then assert."""

import pytest


class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, item, quantity):
        self._stock[item] = self._stock.get(item, 0) + quantity

    def remove(self, item, quantity):
        if quantity > self.count(item):
            raise ValueError(f"only {self.count(item)} {item} in stock")
        self._stock[item] -= quantity

    def count(self, item):
        return self._stock.get(item, 0)
START = {"apple": 5, "pear": 2}


@pytest.fixture
def inventory():
    stock = Inventory()
    for item, quantity in START.items():
        stock.add(item, quantity)
    return stock


def test_adding_increases_the_count(inventory):
    inventory.add("apple", 3)
    assert inventory.count("apple") == 8


def test_removing_lowers_the_count(inventory):
    inventory.remove("apple", 2)
    assert inventory.count("apple") == START["apple"] - 2


def test_removing_more_than_in_stock_is_refused(inventory):
    with pytest.raises(ValueError, match="only 2 pear"):
        inventory.remove("pear", 3)
    assert inventory.count("pear") == START["pear"]
