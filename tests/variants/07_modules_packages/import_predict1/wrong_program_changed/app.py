"""The program: `python app.py`. (Its imports come after a print() only to show when they run.)"""
print("app runs as", __name__)

import shop.cart
import shop.prices
from shop import prices

print("total:", shop.cart.total([10, 20]))
print("total:", shop.cart.total([10, 20]))
