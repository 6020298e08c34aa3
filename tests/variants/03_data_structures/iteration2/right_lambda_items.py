def by_length(words):
    return sorted(words, key=lambda word: len(word))


def stock_report(stock):
    pairs = sorted(stock.items(), key=lambda pair: pair[1], reverse=True)
    return [f"{item}: {count}" for item, count in pairs]
