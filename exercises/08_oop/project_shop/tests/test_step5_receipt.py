"""Step 5: shop/receipt.py, and the whole shop together."""
from shop.__main__ import main
from shop.cart import Cart
from shop.discounts import BulkDiscount, PercentOff
from shop.products import Product
from shop.receipt import Receipt


def make_cart():
    cart = Cart()
    cart.add(Product("T-1", "Green tea", 350), 2)
    cart.add(Product("C-7", "Carrot cake", 420))
    return cart  # subtotal 1120


def test_a_receipt_without_discounts():
    assert Receipt(make_cart()).lines() == [
        "2 x Green tea @ 3.50 = 7.00",
        "1 x Carrot cake @ 4.20 = 4.20",
        "Subtotal: 11.20",
        "Total: 11.20",
    ]


def test_a_receipt_with_discounts_in_the_given_order():
    receipt = Receipt(make_cart(), [PercentOff(10), BulkDiscount("T-1", 2, 15)])
    assert receipt.lines() == [
        "2 x Green tea @ 3.50 = 7.00",
        "1 x Carrot cake @ 4.20 = 4.20",
        "Subtotal: 11.20",
        "10% off: -1.12",
        "2+ x T-1: 0.15 off each: -0.30",
        "Total: 9.78",
    ]


def test_a_discount_that_takes_nothing_off_is_left_out():
    receipt = Receipt(make_cart(), [BulkDiscount("T-1", 5, 20), PercentOff(25)])
    assert receipt.lines()[2:] == ["Subtotal: 11.20", "25% off: -2.80", "Total: 8.40"]


def test_str_is_the_lines_one_per_line():
    receipt = Receipt(make_cart(), [PercentOff(10)])
    assert str(receipt) == "\n".join(receipt.lines())
    assert str(receipt).count("\n") == 4


def test_the_whole_shop(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "4 x Green tea @ 3.50 = 14.00",
        "1 x Mug @ 12.99 = 12.99",
        "Subtotal: 26.99",
        "3+ x T-1: 0.20 off each: -0.80",
        "10% off: -2.69",
        "Total: 23.50",
    ]
