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
TESTS_FAILED = ["test_price_of_text", "test_negative_price_is_refused"]

# 3. One test passes whatever `price_with_tax` returns, so it checks nothing.
#    Which one? Its name, as a string.
CHECKS_NOTHING = "test_returns_instead_of_asserting"


# --- tests: read them, don't change them ---
# How your answers are checked: test_prices.py is written to a temporary folder
# and run by pytest, and your answers are compared with what really happens.

import sys

import pytest

from coursekit import assert_literal, run_your_tests

THIS = sys.modules[__name__]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """How each test of the sample ends: as written, and with a price_with_tax that
    returns something no test expects."""
    folder = tmp_path_factory.mktemp("sample")
    as_written = folder / "test_prices.py"
    as_written.write_text(SAMPLE_TEST_FILE, encoding="utf-8")
    stubbed = folder / "test_prices_with_a_useless_function.py"
    stubbed.write_text(
        SAMPLE_TEST_FILE.replace("return round(price * 1.2, 2)", "return object()"),
        encoding="utf-8")
    runs = folder / "runs"
    runs.mkdir()
    return (run_your_tests(as_written, runs, root=folder)["outcomes"],
            run_your_tests(stubbed, runs, root=folder)["outcomes"])


def function_name(test_id):
    return str(test_id).rsplit("::", 1)[-1]


def test_how_many_tests_run(outcomes):
    assert_literal(THIS, "TESTS_RUN")
    as_written, _ = outcomes
    if TESTS_RUN != len(as_written):
        pytest.fail(f"pytest does not run {TESTS_RUN} tests here: which functions and "
                    "methods does it collect, and which does it leave alone?", pytrace=False)


def test_which_tests_fail(outcomes):
    assert_literal(THIS, "TESTS_FAILED")
    as_written, _ = outcomes
    failing = {function_name(name) for name, outcome in as_written.items()
               if outcome == "failed"}
    yours = {function_name(name) for name in TESTS_FAILED}
    for name in sorted(yours - failing):
        pytest.fail(f"{name} does not fail (or pytest does not run it)", pytrace=False)
    if yours != failing:
        pytest.fail("more tests fail than the ones in your list: a test fails when an "
                    "assert is false or when an exception escapes from it", pytrace=False)


def test_which_test_checks_nothing(outcomes):
    assert_literal(THIS, "CHECKS_NOTHING")
    _, stubbed = outcomes
    passing = [function_name(name) for name, outcome in stubbed.items()
               if outcome == "passed"]
    if [function_name(CHECKS_NOTHING)] != passing:
        pytest.fail(f"{CHECKS_NOTHING or 'that'} is not the test that passes whatever the "
                    "function returns: what does pytest do with a value a test returns?",
                    pytrace=False)
