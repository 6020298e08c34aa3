DISCOUNT_FROM = 10000


def subtotal(prices, order):
    return sum(prices[item] * quantity for item, quantity in order.items())


def discount(amount):
    return amount // 10 if amount >= DISCOUNT_FROM else 0


def checkout(prices, order):
    total = subtotal(prices, order)
    total -= discount(total)
    return total
