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
        if not isinstance(value, int):
            raise TypeError(f"a price is a whole number of cents, got {value!r}")
        if value < 0:
            raise ValueError(f"a price can't be negative, got {value}")
        self._price_cents = value

    def __str__(self):
        return f"{self.name} ({self.sku}): {self.price_cents / 100:.2f}"

    def __repr__(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, Product):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)
