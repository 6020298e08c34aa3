"""The shop's own exceptions."""


class ShopError(Exception):
    """Base class of every error the shop raises."""


class UnknownProductError(ShopError):
    """No product with this SKU (in the catalog, or in the cart)."""

    def __init__(self, sku):
        super().__init__(f"no product with SKU {sku!r}")
        self.sku = sku
