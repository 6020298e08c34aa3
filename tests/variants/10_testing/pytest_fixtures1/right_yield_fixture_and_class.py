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


@pytest.fixture
def inventory():
    stock = Inventory()
    for item, quantity in {"apple": 5, "pear": 2}.items():
        stock.add(item, quantity)
    yield stock


class TestInventory:
    def test_adding_increases_the_count(self, inventory):
        inventory.add("apple", 3)
        assert inventory.count("apple") == 8

    def test_adding_a_new_item(self, inventory):
        inventory.add("plum", 1)
        assert inventory.count("plum") == 1

    def test_removing_lowers_the_count(self, inventory):
        inventory.remove("pear", 1)
        assert inventory.count("pear") == 1

    def test_removing_everything_is_allowed(self, inventory):
        inventory.remove("apple", 5)
        assert inventory.count("apple") == 0

    def test_removing_too_many_is_refused(self, inventory):
        with pytest.raises(ValueError):
            inventory.remove("apple", 6)
        assert inventory.count("apple") == 5
