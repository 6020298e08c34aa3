def cheapest_first(products):
    result = list(products)
    result.sort(key=lambda product: product[1])
    return result


def most_stock_first(products):
    def sort_key(product):
        name, _, stock = product
        return -stock, name

    return sorted(products, key=sort_key)
