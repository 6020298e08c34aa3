"""Step 3: discounts. Every discount is a Discount and answers amount_cents(cart)."""
from abc import ABC, abstractmethod


class Discount(ABC):
    """A rule that takes money off a cart. str() of a discount describes it."""

    @abstractmethod
    def amount_cents(self, cart):
        """How many cents this discount takes off the cart."""


class PercentOff(Discount):
    """A percentage off the whole subtotal, rounded down to a whole cent."""

    def __init__(self, percent):
        self.percent = percent

    def amount_cents(self, cart):
        return cart.subtotal_cents() * self.percent // 100

    def __str__(self):
        return f"{self.percent}% off"


class BulkDiscount(Discount):
    """Buy at least `min_quantity` of one product and get `cents_off` off EACH of
    them; fewer than that, or not in the cart at all, takes nothing off."""

    def __init__(self, sku, min_quantity, cents_off):
        self.sku = sku
        self.min_quantity = min_quantity
        self.cents_off = cents_off

    def amount_cents(self, cart):
        for line in cart:
            if line.product.sku == self.sku and line.quantity >= self.min_quantity:
                return line.quantity * self.cents_off
        return 0

    def __str__(self):
        return f"{self.min_quantity}+ x {self.sku}: {self.cents_off / 100:.2f} off each"
