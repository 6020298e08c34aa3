"""A shopping cart's total. (The import comes after a print() only to show when it runs.)"""
print("module cart runs as", __name__)

from shop import prices


def total(amounts):
    return prices.with_vat(sum(amounts))


if __name__ == "__main__":
    print("cart demo:", total([10, 5]))
