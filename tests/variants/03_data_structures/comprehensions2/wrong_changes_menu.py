def discounted(prices, percent):
    for item in prices:
        prices[item] = prices[item] * (100 - percent) / 100
    return prices


def affordable(prices, limit):
    return {item: price for item, price in prices.items() if price <= limit}
