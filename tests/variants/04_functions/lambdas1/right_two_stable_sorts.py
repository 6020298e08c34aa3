from operator import itemgetter


def cheapest_first(products):
    return sorted(products, key=itemgetter(1))


def most_stock_first(products):
    by_name = sorted(products, key=lambda p: p[0])
    return sorted(by_name, key=lambda p: p[2], reverse=True)
