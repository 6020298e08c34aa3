from operator import itemgetter


def by_length(words):
    result = list(words)
    result.sort(key=len)
    return result


def stock_report(stock):
    lines = []
    for item, count in reversed(sorted(stock.items(), key=itemgetter(1))):
        lines.append(item + ": " + str(count))
    return lines
