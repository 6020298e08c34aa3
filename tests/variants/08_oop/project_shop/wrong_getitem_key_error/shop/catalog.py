"""Step 4: the catalog of every product the shop sells, loaded from JSON."""
import json
from pathlib import Path

from shop.errors import UnknownProductError
from shop.products import Product

CATALOG_FILE = Path(__file__).parent / "catalog.json"


class Catalog:
    def __init__(self, products=()):
        self._products = {}
        for product in products:
            self.add(product)

    def add(self, product):
        self._products[product.sku] = product

    def __len__(self):
        return len(self._products)

    def __contains__(self, sku):
        return sku in self._products

    def __getitem__(self, sku):
        return self._products[sku]

    @classmethod
    def from_json(cls, path=CATALOG_FILE):
        with open(path, encoding="utf-8") as file:
            records = json.load(file)
        return cls(
            Product(record["sku"], record["name"], record["price_cents"]) for record in records
        )
