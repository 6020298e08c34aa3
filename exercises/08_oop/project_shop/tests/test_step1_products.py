"""Step 1: shop/products.py."""
import pytest

from shop.products import Product


def test_a_product_keeps_its_data():
    tea = Product("T-1", "Green tea", 350)
    assert (tea.sku, tea.name, tea.price_cents) == ("T-1", "Green tea", 350)
    assert str(tea) == "Green tea (T-1): 3.50"


def test_zero_is_a_valid_price():
    assert Product("S-0", "Free sample", 0).price_cents == 0


def test_a_negative_price_is_refused():
    with pytest.raises(ValueError):
        Product("T-1", "Green tea", -1)


def test_a_price_must_be_a_whole_number_of_cents():
    for bad in (3.5, "350"):
        with pytest.raises(TypeError):
            Product("T-1", "Green tea", bad)


def test_a_refused_price_leaves_the_old_one():
    tea = Product("T-1", "Green tea", 350)
    with pytest.raises(ValueError):
        tea.price_cents = -20
    with pytest.raises(TypeError):
        tea.price_cents = 2.5
    assert tea.price_cents == 350


def test_repr_looks_like_the_code_that_makes_the_product():
    text = repr(Product("M-2", "Mug", 1299))
    assert text.startswith("Product(")
    copy = eval(text, {"Product": Product})
    assert (copy.sku, copy.name, copy.price_cents) == ("M-2", "Mug", 1299)


def test_products_with_the_same_sku_are_the_same_product():
    assert Product("T-1", "Green tea", 350) == Product("T-1", "Green tea (organic)", 375)
    assert Product("T-1", "Green tea", 350) != Product("T-2", "Green tea", 350)
    assert (Product("T-1", "Green tea", 350) == "T-1") is False


def test_another_type_gets_its_turn():
    class Label:
        """A shelf label knows how to compare itself with a Product."""

        def __init__(self, sku):
            self.sku = sku

        def __eq__(self, other):
            if isinstance(other, Product):
                return other.sku == self.sku
            return NotImplemented

    assert Product("T-1", "Green tea", 350) == Label("T-1"), (
        "for a type it doesn't know, Product.__eq__ must return NotImplemented"
    )


def test_products_work_in_sets_and_as_dict_keys():
    stock = {
        Product("T-1", "Green tea", 350),
        Product("T-1", "Tea", 350),
        Product("M-2", "Mug", 1299),
    }
    assert len(stock) == 2
    shelves = {Product("M-2", "Mug", 1299): "shelf 4"}
    assert shelves[Product("M-2", "Mug (blue)", 1399)] == "shelf 4"
