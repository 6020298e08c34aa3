def discounted(prices, percent):
    factor = 1 - percent / 100
    return {name: round(cost * factor, 2) for name, cost in prices.items()}


def affordable(prices, limit):
    return {name: cost for name, cost in prices.items() if not cost > limit}
