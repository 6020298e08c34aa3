PREDICTION = """
app runs as __main__
package shop runs as shop
module cart runs as shop.cart
module prices runs as shop.prices
cart demo: 18.0
total: 36.0
total: 30.0
"""
