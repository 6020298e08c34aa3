'''pytest introduction: which functions pytest runs, and what makes a test fail.

A colleague wrote the test file below, `test_prices.py`. It sits in a string so
that pytest doesn't run it here. Read it the way pytest does, then answer the
three questions under it by writing the values, not by computing them. Don't run
it first: work it out, then let the check tell you.
'''

SAMPLE_TEST_FILE = '''
import pytest


def price_with_tax(price):
    return round(price * 1.2, 2)


def test_price_with_tax():
    assert price_with_tax(10) == 12


def check_zero_price():
    assert price_with_tax(0) == 1


def test_rounding():
    assert price_with_tax(0.99) == 1.19


def test_price_of_text():
    assert price_with_tax("10") == 12


class TestDiscounts:
    def test_half_price(self):
        assert price_with_tax(5) == 6

    def show(self):
        assert False


class DiscountChecks:
    def test_ten_percent(self):
        assert False


def test_negative_price_is_refused():
    with pytest.raises(ValueError):
        price_with_tax(-1)


def test_returns_instead_of_asserting():
    return price_with_tax(1) == 99
'''

# 1. How many tests does `pytest test_prices.py` run?
TESTS_RUN = 6

# 2. The names of the tests that fail, in a list such as ["test_a", "test_b"].
TESTS_FAILED = ("test_prices.py::test_negative_price_is_refused", "test_price_of_text")

# 3. One test passes whatever `price_with_tax` returns, so it checks nothing.
#    Which one? Its name, as a string.
CHECKS_NOTHING = "test_prices.py::test_returns_instead_of_asserting"


