def by_length(words):
    return sorted(words, key=len)


def stock_report(stock):
    return [f"{item}: {stock[item]}" for item in sorted(stock, reverse=True)]
