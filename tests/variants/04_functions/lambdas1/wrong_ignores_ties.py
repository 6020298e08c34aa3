def cheapest_first(products):
    return sorted(products, key=lambda product: product[1])


def most_stock_first(products):
    return sorted(products, key=lambda product: product[2], reverse=True)
