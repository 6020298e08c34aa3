"""Magic methods 1: __repr__ and __str__.

`repr(obj)` is for developers and should look like the code that creates
the object; `str(obj)`, print() and f-strings are for users. Give `Money`
a `__repr__` such as `Money(1250, 'EUR')` and fix `__str__` so it shows
the amount in whole units with two decimals: `12.50 EUR`.
"""


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    # TODO: add __repr__, returning for example Money(1250, 'EUR').

    def __str__(self):
        # TODO: show units with two decimals, e.g. 12.50 EUR.
        return f"{self.cents} {self.currency}"


# --- tests: read them, don't change them ---


def rebuild(text):
    """Run a repr as Python code, the way a developer would paste it."""
    return eval(text, {"Money": Money})


def test_repr_looks_like_the_code_that_makes_the_object():
    text = repr(Money(1250, "EUR"))
    assert text.startswith("Money(")
    copy = rebuild(text)
    assert (copy.cents, copy.currency) == (1250, "EUR")


def test_repr_is_used_inside_containers():
    text = repr([Money(5, "USD")])
    assert "Money(" in text
    copy = rebuild(text)[0]
    assert (copy.cents, copy.currency) == (5, "USD")


def test_str_shows_units_with_two_decimals():
    assert str(Money(1250, "EUR")) == "12.50 EUR"
    assert str(Money(5, "USD")) == "0.05 USD"
    assert str(Money(300, "GBP")) == "3.00 GBP"


def test_str_of_a_negative_amount():
    assert str(Money(-250, "EUR")) == "-2.50 EUR"


def test_print_and_f_strings_use_str():
    assert f"Total: {Money(999, 'EUR')}" == "Total: 9.99 EUR"
