"""Lambda functions: small functions as sort keys.

Products are `(name, price, stock)` tuples. `cheapest_first(products)` must
sort them by price, lowest first. `most_stock_first(products)` must sort them
by stock, highest first, and by name from A to Z when the stock is equal.
A `lambda` written right inside the `key=` is made for this.
"""


def cheapest_first(products):
    # TODO: sort by the price, not by the whole tuple.
    return sorted(products)


def most_stock_first(products):
    # TODO: highest stock first; equal stock sorted by name A-Z.
    return sorted(products, key=lambda product: product[2])


# --- tests: read them, don't change them ---


def fresh_products():
    return [
        ("apple", 0.5, 40),
        ("cherry", 4.0, 10),
        ("banana", 0.25, 40),
        ("date", 3.0, 5),
    ]


def test_cheapest_first():
    assert cheapest_first(fresh_products()) == [
        ("banana", 0.25, 40),
        ("apple", 0.5, 40),
        ("date", 3.0, 5),
        ("cherry", 4.0, 10),
    ]


def test_most_stock_first_with_ties_in_name_order():
    assert most_stock_first(fresh_products()) == [
        ("apple", 0.5, 40),
        ("banana", 0.25, 40),
        ("cherry", 4.0, 10),
        ("date", 3.0, 5),
    ]


def test_ties_are_by_name_whatever_the_input_order():
    products = [("zucchini", 1.0, 7), ("kale", 2.0, 7), ("leek", 1.5, 9)]
    assert most_stock_first(products) == [
        ("leek", 1.5, 9),
        ("kale", 2.0, 7),
        ("zucchini", 1.0, 7),
    ]


def test_the_input_list_is_not_changed():
    products = fresh_products()
    cheapest_first(products)
    most_stock_first(products)
    assert products == fresh_products()
