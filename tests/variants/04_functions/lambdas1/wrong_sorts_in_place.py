def cheapest_first(products):
    products.sort(key=lambda product: product[1])
    return products


def most_stock_first(products):
    products.sort(key=lambda product: (-product[2], product[0]))
    return products
