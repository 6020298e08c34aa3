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
        item.quantity -= quantity
        if item.quantity < 0:
            raise OutOfStockError(sku, quantity, item.quantity + quantity)

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
