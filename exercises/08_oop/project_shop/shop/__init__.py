"""A small shop: products, a catalog, a cart, discounts and receipts."""
