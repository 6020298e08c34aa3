"""Prices with VAT."""
print("module prices runs as", __name__)

VAT = 0.2


def with_vat(amount):
    return round(amount * (1 + VAT), 2)
