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
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        if product.sku in self._lines:
            self._lines[product.sku].quantity += quantity
        else:
            self._lines[product.sku] = CartLine(product, quantity)

    def remove(self, sku):
        if sku not in self._lines:
            raise UnknownProductError(sku)
        del self._lines[sku]

    def __len__(self):
        return sum(line.quantity for line in self._lines.values())

    def __iter__(self):
        return iter(self._lines.values())

    def subtotal_cents(self):
        return sum(line.total_cents for line in self._lines.values())

    def total_cents(self, discounts=()):
        total = self.subtotal_cents()
        for discount in discounts:
            total -= discount.amount_cents(self)
        return max(total, 0)
