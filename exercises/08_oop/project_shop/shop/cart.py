"""Step 2: a shopping cart. Step 3: its total after discounts."""
from shop.errors import UnknownProductError


class CartLine:
    """One product in the cart, and how many of it."""

    def __init__(self, product, quantity):
        self.product = product
        self.quantity = quantity

    @property
    def total_cents(self):
        return self.product.price_cents * self.quantity


class Cart:
    """A cart HAS lines (composition): one CartLine per product, in the order
    the products were first added."""

    def __init__(self):
        self._lines = {}

    def add(self, product, quantity=1):
        # TODO step 2: a quantity below 1 raises ValueError. Adding a product
        # that is already in the cart makes its line's quantity grow, instead
        # of replacing the line.
        self._lines[product.sku] = CartLine(product, quantity)

    def remove(self, sku):
        # TODO step 2: removing an SKU that is not in the cart raises
        # UnknownProductError (not KeyError).
        del self._lines[sku]

    def __len__(self):
        # TODO step 2: the number of items: 2 teas and 1 cake are 3 items.
        return len(self._lines)

    def __iter__(self):
        return iter(self._lines.values())

    def subtotal_cents(self):
        # TODO step 2: the sum of the totals of all lines.
        return 0

    def total_cents(self, discounts=()):
        # TODO step 3: the subtotal minus what each discount takes off (ask each
        # one with its amount_cents(cart) method), but never below 0.
        return self.subtotal_cents()
