def discounted(prices, percent):
    return {item: price - percent / 100 for item, price in prices.items()}


def affordable(prices, limit):
    return {item: price for item, price in prices.items() if price <= limit}
