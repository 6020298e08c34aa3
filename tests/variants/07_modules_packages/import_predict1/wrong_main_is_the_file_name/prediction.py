PREDICTION = """
app runs as app
package shop runs as shop
module cart runs as shop.cart
module prices runs as shop.prices
total: 36.0
total: 30.0
"""
