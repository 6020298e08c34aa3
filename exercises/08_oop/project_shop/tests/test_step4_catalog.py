"""Step 4: shop/catalog.py."""
import json

import pytest

from shop.catalog import Catalog
from shop.errors import ShopError, UnknownProductError
from shop.products import Product


def test_the_shipped_catalog():
    catalog = Catalog.from_json()
    assert len(catalog) == 4
    assert "C-7" in catalog
    mug = catalog["M-2"]
    assert isinstance(mug, Product)
    assert (mug.sku, mug.name, mug.price_cents) == ("M-2", "Mug", 1299)


def test_a_catalog_from_another_file(tmp_path):
    path = tmp_path / "winter.json"
    records = [
        {"sku": "H-1", "name": "Hot chocolate", "price_cents": 280},
        {"sku": "S-3", "name": "Scarf", "price_cents": 1850},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    catalog = Catalog.from_json(path)
    assert len(catalog) == 2
    assert "T-1" not in catalog
    assert [catalog[sku].name for sku in ("S-3", "H-1")] == ["Scarf", "Hot chocolate"]
    assert catalog["H-1"].price_cents == 280


def test_an_unknown_sku():
    catalog = Catalog([Product("T-1", "Green tea", 350)])
    with pytest.raises(UnknownProductError) as info:
        catalog["Z-9"]
    assert isinstance(info.value, ShopError)
    assert not isinstance(info.value, KeyError)


def test_from_json_builds_an_object_of_the_class_it_is_called_on():
    class WinterCatalog(Catalog):
        pass

    assert type(WinterCatalog.from_json()) is WinterCatalog
