def by_length(words):
    words.sort(key=len)
    return words


def stock_report(stock):
    lines = []
    for item in sorted(stock, key=stock.get, reverse=True):
        lines.append(f"{item}: {stock[item]}")
    return lines
