"""Iteration patterns: sorted() with a key.

`by_length(words)` must return the words shortest first; words of the same
length keep the order they had. `stock_report(stock)` gets a dict like
`{"apples": 3, "pears": 10}` and must return lines like "pears: 10", the
biggest count first.
"""


def by_length(words):
    return sorted(words, key=len)


def stock_report(stock):
    lines = []
    for item in sorted(stock, key=stock.get, reverse=True):
        count = stock[item]
        lines.append(f"{item}: {count}")
    return lines


# --- tests: read them, don't change them ---


def test_by_length_shortest_first():
    assert by_length(["banana", "fig", "kiwi"]) == ["fig", "kiwi", "banana"]


def test_by_length_keeps_the_order_of_equally_long_words():
    assert by_length(["pear", "kiwi", "fig", "plum"]) == ["fig", "pear", "kiwi", "plum"]


def test_by_length_does_not_change_the_input():
    words = ["banana", "fig"]
    by_length(words)
    assert words == ["banana", "fig"]


def test_stock_report_biggest_count_first():
    stock = {"apples": 3, "pears": 10, "figs": 17}
    assert stock_report(stock) == ["figs: 17", "pears: 10", "apples: 3"]


def test_stock_report_of_an_empty_stock():
    assert stock_report({}) == []
