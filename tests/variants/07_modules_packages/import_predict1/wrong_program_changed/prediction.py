PREDICTION = """
app runs as __main__
package shop runs as shop
module cart runs as shop.cart
module prices runs as shop.prices
total: 36.0
total: 36.0
"""
