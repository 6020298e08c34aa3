def cheapest_first(products):
    return sorted(products, key=lambda product: product[1], reverse=True)


def most_stock_first(products):
    return sorted(products, key=lambda product: (-product[2], product[0]))
