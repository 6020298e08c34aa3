PREDICTION = """
app runs as __main__
package shop runs as shop
module cart runs as cart
module prices runs as prices
total: 36.0
total: 30.0
"""
