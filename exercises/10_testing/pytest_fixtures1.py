"""Test structure: arrange with a fixture, then act, then assert.

Every test below needs an Inventory with 5 apples and 2 pears. A fixture is
written once, and pytest calls it again for every test that asks for it, so each
test gets a fresh inventory. Make the fixture stock the inventory, then write
the two unfinished tests in the same arrange/act/assert shape.
"""

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
    # Arrange
    stock = Inventory()
    # TODO: add 5 apples and 2 pears
    return stock


def test_adding_increases_the_count(inventory):
    # Act
    inventory.add("apple", 3)
    # Assert
    assert inventory.count("apple") == 8


def test_removing_lowers_the_count(inventory):
    # TODO: act: remove 2 apples; assert: 3 are left
    pass


def test_removing_more_than_in_stock_is_refused(inventory):
    # TODO: removing 3 pears must raise ValueError and leave both pears there
    pass


# --- tests: read them, don't change them ---
# How your tests are checked: each broken Inventory below is put in place of the
# real one, then your tests run again. For every one of them at least one of
# your tests must fail, or that bug would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


class InventoryThatReplaces(Inventory):
    def add(self, item, quantity):
        self._stock[item] = quantity


class InventoryThatNeverRemoves(Inventory):
    def remove(self, item, quantity):
        if quantity > self.count(item):
            raise ValueError(f"only {self.count(item)} {item} in stock")


class InventoryThatGoesNegative(Inventory):
    def remove(self, item, quantity):
        self._stock[item] = self.count(item) - quantity


class InventoryThatRefusesSilently(Inventory):
    def remove(self, item, quantity):
        if quantity > self.count(item):
            return
        self._stock[item] -= quantity


class InventoryThatEmptiesOnRefusal(Inventory):
    def remove(self, item, quantity):
        if quantity > self.count(item):
            self._stock[item] = 0
            raise ValueError(f"only {self.count(item)} {item} in stock")
        self._stock[item] -= quantity


class InventoryThatRemovesEverything(Inventory):
    def remove(self, item, quantity):
        if quantity > self.count(item):
            raise ValueError(f"only {self.count(item)} {item} in stock")
        self._stock[item] = 0


BROKEN = {
    "an Inventory whose add replaces the count instead of adding": InventoryThatReplaces,
    "an Inventory whose remove does nothing": InventoryThatNeverRemoves,
    "an Inventory that lets the stock go below zero": InventoryThatGoesNegative,
    "an Inventory that refuses without raising an error": InventoryThatRefusesSilently,
    "an Inventory that throws the stock away when it refuses": InventoryThatEmptiesOnRefusal,
    "an Inventory whose remove takes every item": InventoryThatRemovesEverything,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "Inventory"): BROKEN[bug]}, bug)
