cart_total = 0


def subtotal(prices, order):
    global cart_total
    cart_total = 0
    for item, quantity in order.items():
        cart_total += prices[item] * quantity
    return cart_total


def discount(amount):
    return amount // 10 if amount >= 10000 else 0


def checkout(prices, order):
    amount = subtotal(prices, order)
    return amount - discount(amount)
