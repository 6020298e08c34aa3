def discounted(prices, percent):
    result = {}
    for item in prices:
        result[item] = round(prices[item] * (1 - percent / 100), 2)
    return result


def affordable(prices, limit):
    result = {}
    for item, price in prices.items():
        if not price > limit:
            result[item] = price
    return result
