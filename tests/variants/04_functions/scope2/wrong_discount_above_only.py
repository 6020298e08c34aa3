def subtotal(prices, order):
    return sum(prices[item] * quantity for item, quantity in order.items())


def discount(amount):
    return amount // 10 if amount > 10000 else 0


def checkout(prices, order):
    amount = subtotal(prices, order)
    return amount - discount(amount)
