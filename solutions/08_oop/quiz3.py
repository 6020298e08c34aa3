"""Quiz 3: a small stock inventory.

Classes, errors and data structures together. `Item` and the errors are
given; finish `Inventory`, which keeps its items in a dict keyed by SKU:
- add(item): a new SKU is stored; for a known SKU only the quantity grows.
- remove(sku, quantity): quantity must be positive (ValueError), an unknown
  SKU raises UnknownItemError, and asking for more than is in stock raises
  OutOfStockError and changes nothing. Every inventory error must be
  catchable as InventoryError.
- `sku in inventory`, and iterating gives the items sorted by SKU.
- low_stock(threshold): the sorted SKUs whose quantity is below threshold.
- from_json(text): the opposite of to_json().
"""
import json
from dataclasses import asdict, dataclass


class InventoryError(Exception):
    """Base class for every inventory problem."""


class UnknownItemError(InventoryError):
    def __init__(self, sku):
        super().__init__(f"unknown SKU: {sku}")
        self.sku = sku


class OutOfStockError(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} in stock")
        self.sku = sku
        self.wanted = wanted
        self.available = available


@dataclass
class Item:
    sku: str
    name: str
    price_cents: int
    quantity: int = 0

    @property
    def value_cents(self):
        return self.price_cents * self.quantity


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].quantity += item.quantity
        else:
            self._items[item.sku] = item

    def get(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItemError(sku) from None

    def remove(self, sku, quantity):
        if quantity <= 0:
            raise ValueError(f"quantity must be positive, got {quantity}")
        item = self.get(sku)
        if quantity > item.quantity:
            raise OutOfStockError(sku, quantity, item.quantity)
        item.quantity -= quantity

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda item: item.sku))

    def total_value_cents(self):
        return sum(item.value_cents for item in self._items.values())

    def low_stock(self, threshold):
        return sorted(
            sku for sku, item in self._items.items() if item.quantity < threshold
        )

    def to_json(self):
        items = [asdict(self._items[sku]) for sku in sorted(self._items)]
        return json.dumps(items, indent=2)

    @classmethod
    def from_json(cls, text):
        inventory = cls()
        for data in json.loads(text):
            inventory.add(Item(**data))
        return inventory


# --- tests: read them, don't change them ---

import pytest


def make_inventory():
    inventory = Inventory()
    inventory.add(Item("B-200", "bolt", 25, 100))
    inventory.add(Item("A-100", "anchor", 1500, 4))
    inventory.add(Item("C-300", "cable", 399, 12))
    return inventory


def test_add_and_len():
    assert len(Inventory()) == 0
    assert len(make_inventory()) == 3


def test_adding_a_known_sku_increases_the_quantity():
    inventory = make_inventory()
    inventory.add(Item("A-100", "anchor", 1500, 6))
    assert len(inventory) == 3
    assert inventory.get("A-100").quantity == 10


def test_in_checks_the_sku():
    inventory = make_inventory()
    assert "C-300" in inventory
    assert "Z-999" not in inventory


def test_iteration_is_sorted_by_sku():
    assert [item.sku for item in make_inventory()] == ["A-100", "B-200", "C-300"]


def test_remove_lowers_the_quantity():
    inventory = make_inventory()
    inventory.remove("B-200", 30)
    assert inventory.get("B-200").quantity == 70


def test_removing_the_whole_stock_is_allowed():
    inventory = make_inventory()
    inventory.remove("A-100", 4)
    assert inventory.get("A-100").quantity == 0
    assert "A-100" in inventory


def test_removing_an_unknown_sku():
    with pytest.raises(UnknownItemError):
        make_inventory().remove("Z-999", 1)


def test_removing_too_much_changes_nothing():
    inventory = make_inventory()
    with pytest.raises(OutOfStockError) as info:
        inventory.remove("A-100", 5)
    assert (info.value.wanted, info.value.available) == (5, 4)
    assert inventory.get("A-100").quantity == 4


def test_remove_needs_a_positive_quantity():
    inventory = make_inventory()
    for bad in (0, -3):
        with pytest.raises(ValueError):
            inventory.remove("B-200", bad)
    assert inventory.get("B-200").quantity == 100


def test_every_inventory_error_is_an_inventory_error():
    inventory = make_inventory()
    for sku, quantity in [("Z-999", 1), ("A-100", 50)]:
        with pytest.raises(InventoryError):
            inventory.remove(sku, quantity)


def test_total_value():
    assert make_inventory().total_value_cents() == 100 * 25 + 4 * 1500 + 12 * 399


def test_low_stock():
    inventory = make_inventory()
    assert inventory.low_stock(20) == ["A-100", "C-300"]
    assert inventory.low_stock(4) == []
    assert inventory.low_stock(1000) == ["A-100", "B-200", "C-300"]


def test_json_round_trip():
    inventory = make_inventory()
    restored = Inventory.from_json(inventory.to_json())
    assert list(restored) == list(inventory)
    restored.remove("B-200", 1)
    assert inventory.get("B-200").quantity == 100


def test_json_round_trip_through_a_file(tmp_path):
    path = tmp_path / "stock.json"
    path.write_text(make_inventory().to_json(), encoding="utf-8")
    restored = Inventory.from_json(path.read_text(encoding="utf-8"))
    assert restored.total_value_cents() == make_inventory().total_value_cents()
    assert restored.get("C-300") == Item("C-300", "cable", 399, 12)
