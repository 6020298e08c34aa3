def discounted(prices, percent):
    factor = 1 - percent / 100
    return {item: prices[item] * factor for item in prices}


def affordable(prices, limit):
    return {item: prices[item] for item in prices if prices[item] <= limit}
