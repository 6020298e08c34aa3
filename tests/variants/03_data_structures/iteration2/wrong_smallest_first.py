def by_length(words):
    return sorted(words, key=len)


def stock_report(stock):
    lines = []
    for item in sorted(stock, key=stock.get):
        lines.append(f"{item}: {stock[item]}")
    return lines
