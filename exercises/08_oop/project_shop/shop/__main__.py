"""Run `python -m shop` in this folder to print a sample receipt."""
from shop.cart import Cart
from shop.catalog import Catalog
from shop.discounts import BulkDiscount, PercentOff
from shop.receipt import Receipt


def main():
    catalog = Catalog.from_json()
    cart = Cart()
    cart.add(catalog["T-1"], 3)
    cart.add(catalog["M-2"])
    cart.add(catalog["T-1"])
    print(Receipt(cart, [BulkDiscount("T-1", 3, 20), PercentOff(10)]))


if __name__ == "__main__":
    main()
