def subtotal(prices, order):
    result = 0
    for item in order:
        result = result + prices[item] * order[item]
    return result


def discount(amount, threshold=10000):
    if amount < threshold:
        return 0
    return amount // 10


def checkout(prices, order):
    return subtotal(prices, order) - discount(subtotal(prices, order))
