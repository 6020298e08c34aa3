PREDICTION = """
package shop runs as shop
app runs as __main__
module cart runs as shop.cart
module prices runs as shop.prices
total: 36.0
total: 30.0
"""
