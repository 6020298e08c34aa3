def by_length(words):
    return sorted(words, key=lambda word: (len(word), word))


def stock_report(stock):
    lines = []
    for item in sorted(stock, key=stock.get, reverse=True):
        lines.append(f"{item}: {stock[item]}")
    return lines
