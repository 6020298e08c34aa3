"""
Every value has a type. The basic ones: int (whole numbers: 412), float
(numbers with a decimal point: 9.99), str (text, in quotes: "Dune"), bool
(True or False) and None (no value at all). type(value) tells you the type.

Describe a book: give each variable below a value of the type named in its
comment. Careful: "412" in quotes is text, not a number.
"""

title = "Dune"  # str: the title
pages = "412"  # TODO: int: the book has 412 pages
price = 9  # TODO: float: it costs 9.99
in_stock = "yes"  # TODO: bool: yes, it is in stock
sequel = None  # None: nobody knows yet

# --- tests: read them, don't change them ---


def test_title_is_text():
    assert type(title) is str
    assert title == "Dune"


def test_pages_is_a_whole_number():
    assert type(pages) is int
    assert pages == 412


def test_price_has_decimals():
    assert type(price) is float
    assert price == 9.99


def test_in_stock_is_true_or_false():
    assert type(in_stock) is bool
    assert in_stock is True


def test_sequel_is_none():
    assert sequel is None
