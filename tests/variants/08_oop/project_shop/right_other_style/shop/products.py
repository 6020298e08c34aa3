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
        if type(value) is not int:
            raise TypeError("price_cents must be an int")
        if value >= 0:
            self._price_cents = value
        else:
            raise ValueError("price_cents must be >= 0")

    def __str__(self):
        return f"{self.name} ({self.sku}): {self.price_cents / 100:.2f}"

    def __repr__(self):
        return "Product(%r, %r, %r)" % (self.sku, self.name, self.price_cents)

    def __eq__(self, other):
        if isinstance(other, Product):
            return self.sku == other.sku
        return NotImplemented

    def __hash__(self):
        return hash(("Product", self.sku))
