def subtotal(prices, order):
    total = 0
    for item, quantity in order.items():
        total += prices[item] * quantity
    print(total)


def discount(amount):
    return amount // 10 if amount >= 10000 else 0


def checkout(prices, order):
    amount = sum(prices[item] * quantity for item, quantity in order.items())
    return amount - discount(amount)
