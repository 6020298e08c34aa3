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

import inspect
import os
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "Inventory"


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
    "an Inventory that throws the stock away when it refuses": InventoryThatEmptiesOnRefusal,
    "an Inventory whose remove takes every item": InventoryThatRemovesEverything,
}

THIS_MODULE = sys.modules[__name__]


def _run_your_tests(tmp_path):
    """Run pytest again on the tests you wrote above; count passes and failures."""
    counts = {"passed": 0, "failed": 0}

    class Recorder:
        def pytest_collection_modifyitems(self, items):
            items[:] = [it for it in items if it.location[1] < CHECKS_START]

        def pytest_runtest_logreport(self, report):
            if report.failed:
                counts["failed"] += 1
            elif report.when == "call":
                counts["passed"] += 1

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-c", os.devnull, f"--rootdir={here}", f"--confcutdir={here}",
            "-p", "no:terminal", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'run'}"]
    pytest.main(args, plugins=[Recorder()])
    return counts


def test_your_tests_exist(tmp_path):
    counts = _run_your_tests(tmp_path)
    if counts["passed"] + counts["failed"] == 0:
        pytest.fail("pytest found none of your tests: write functions named test_...")


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, monkeypatch, tmp_path):
    monkeypatch.setattr(THIS_MODULE, TARGET, BROKEN[bug])
    counts = _run_your_tests(tmp_path)
    if counts["failed"] == 0:
        pytest.fail(f"your tests did not catch: {bug}")
