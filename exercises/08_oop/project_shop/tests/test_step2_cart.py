"""Step 2: shop/cart.py, everything but total_cents."""
import pytest

from shop.cart import Cart
from shop.errors import ShopError, UnknownProductError
from shop.products import Product

TEA = Product("T-1", "Green tea", 350)
CAKE = Product("C-7", "Carrot cake", 420)
MUG = Product("M-2", "Mug", 1299)


def contents(cart):
    return [(line.product.sku, line.quantity) for line in cart]


def test_an_empty_cart():
    cart = Cart()
    assert len(cart) == 0
    assert contents(cart) == []
    assert cart.subtotal_cents() == 0


def test_len_counts_items_not_lines():
    cart = Cart()
    cart.add(TEA, 2)
    cart.add(CAKE)
    assert contents(cart) == [("T-1", 2), ("C-7", 1)]
    assert len(cart) == 3


def test_adding_a_product_again_grows_its_line():
    cart = Cart()
    cart.add(TEA, 2)
    cart.add(CAKE)
    cart.add(Product("T-1", "Green tea", 350), 3)
    assert contents(cart) == [("T-1", 5), ("C-7", 1)]
    assert len(cart) == 6


def test_a_quantity_below_one_is_refused():
    cart = Cart()
    cart.add(MUG)
    for bad in (0, -2):
        with pytest.raises(ValueError):
            cart.add(TEA, bad)
        with pytest.raises(ValueError):
            cart.add(MUG, bad)
    assert contents(cart) == [("M-2", 1)]


def test_subtotal():
    cart = Cart()
    cart.add(TEA, 2)
    cart.add(CAKE)
    cart.add(MUG)
    assert cart.subtotal_cents() == 2 * 350 + 420 + 1299


def test_remove_a_product():
    cart = Cart()
    cart.add(TEA, 2)
    cart.add(CAKE)
    cart.remove("T-1")
    assert contents(cart) == [("C-7", 1)]
    assert cart.subtotal_cents() == 420


def test_removing_what_is_not_in_the_cart():
    cart = Cart()
    cart.add(TEA)
    with pytest.raises(UnknownProductError) as info:
        cart.remove("Z-9")
    assert isinstance(info.value, ShopError)
    assert contents(cart) == [("T-1", 1)]
