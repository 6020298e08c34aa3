"""Step 3: shop/discounts.py, and Cart.total_cents in shop/cart.py."""
import pytest

from shop.cart import Cart
from shop.discounts import BulkDiscount, Discount, PercentOff
from shop.products import Product


def make_cart():
    cart = Cart()
    cart.add(Product("T-1", "Green tea", 350), 4)
    cart.add(Product("M-2", "Mug", 1299))
    return cart  # subtotal 2699


class FixedOff(Discount):
    """A discount of a test's own: a fixed amount off."""

    def __init__(self, cents):
        self.cents = cents

    def amount_cents(self, cart):
        return self.cents

    def __str__(self):
        return "voucher"


def test_discount_itself_cannot_be_instantiated():
    with pytest.raises(TypeError):
        Discount()


def test_a_discount_without_amount_cents_cannot_be_instantiated():
    class Forgetful(Discount):
        def __str__(self):
            return "forgetful"

    with pytest.raises(TypeError):
        Forgetful()


def test_percent_off():
    assert PercentOff(10).amount_cents(make_cart()) == 269


def test_bulk_discount_from_the_minimum_quantity_on():
    cart = make_cart()
    assert BulkDiscount("T-1", 3, 20).amount_cents(cart) == 4 * 20
    assert BulkDiscount("T-1", 4, 25).amount_cents(cart) == 4 * 25
    assert BulkDiscount("T-1", 5, 20).amount_cents(cart) == 0


def test_bulk_discount_only_for_its_own_product():
    cart = make_cart()
    assert BulkDiscount("M-2", 1, 100).amount_cents(cart) == 100
    assert BulkDiscount("Z-9", 1, 100).amount_cents(cart) == 0


def test_bulk_discount_describes_itself():
    assert str(BulkDiscount("T-1", 3, 20)) == "3+ x T-1: 0.20 off each"
    assert str(BulkDiscount("M-2", 2, 150)) == "2+ x M-2: 1.50 off each"


def test_total_without_discounts_is_the_subtotal():
    assert make_cart().total_cents() == 2699


def test_total_takes_every_discount_off():
    cart = make_cart()
    assert cart.total_cents([BulkDiscount("T-1", 3, 20), PercentOff(10)]) == 2699 - 80 - 269
    assert cart.total_cents([PercentOff(50), PercentOff(50)]) == 2699 - 1349 - 1349


def test_total_works_with_any_kind_of_discount():
    assert make_cart().total_cents([FixedOff(500)]) == 2199


def test_total_never_goes_below_zero():
    assert make_cart().total_cents([FixedOff(2000), FixedOff(2000)]) == 0
