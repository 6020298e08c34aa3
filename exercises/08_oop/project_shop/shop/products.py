"""Step 1: the products the shop sells."""


class Product:
    """Something the shop sells. Its SKU identifies it; its price is in cents."""

    def __init__(self, sku, name, price_cents):
        self.sku = sku
        self.name = name
        self.price_cents = price_cents

    @property
    def price_cents(self):
        return self._price_cents

    @price_cents.setter
    def price_cents(self, value):
        # TODO step 1: a price that is not an int raises TypeError, a negative
        # one raises ValueError; only a valid price is stored.
        self._price_cents = value

    def __str__(self):
        return f"{self.name} ({self.sku}): {self.price_cents / 100:.2f}"

    # TODO step 1: __repr__, such as Product('T-1', 'Green tea', 350).

    # TODO step 1: __eq__ and __hash__: two products are the same product when
    # their SKUs are equal (the name or the price may have changed).
