"""Magic methods 2: __eq__ and __hash__.

Two Money objects are equal when both the cents and the currency match;
compared with anything that is not Money, `__eq__` returns NotImplemented
(so `==` ends up False instead of crashing). Defining `__eq__` removes the
default hash: add a `__hash__` so equal amounts can be set members and
dict keys.
"""


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def __hash__(self):
        return hash((self.cents, self.currency))


# --- tests: read them, don't change them ---


def test_same_amount_and_currency_are_equal():
    assert Money(500, "EUR") == Money(500, "EUR")
    assert Money(500, "EUR") != Money(501, "EUR")


def test_other_currency_is_not_equal():
    assert Money(500, "EUR") != Money(500, "USD")


def test_comparing_with_other_types_is_false_not_an_error():
    assert (Money(500, "EUR") == 500) is False
    assert Money(500, "EUR") != "5.00 EUR"


def test_another_type_gets_its_turn():
    class Cents:
        """Knows how to compare itself with Money, when Money doesn't know Cents."""

        def __init__(self, cents):
            self.cents = cents

        def __eq__(self, other):
            if isinstance(other, Money):
                return other.cents == self.cents
            return NotImplemented

    assert Money(500, "EUR") == Cents(500), (
        "for a type it doesn't know, Money.__eq__ must return NotImplemented, "
        "so that Python asks the other object"
    )


def test_equal_objects_have_equal_hashes():
    assert hash(Money(500, "EUR")) == hash(Money(500, "EUR"))


def test_the_hash_uses_both_values():
    assert hash(Money(500, "EUR")) != hash(Money(500, "USD")), "build the hash from the currency too"
    assert hash(Money(500, "EUR")) != hash(Money(501, "EUR")), "build the hash from the cents too"


def test_a_set_keeps_one_of_each_amount():
    wallet = {Money(500, "EUR"), Money(500, "EUR"), Money(500, "USD")}
    assert len(wallet) == 2
    assert Money(500, "USD") in wallet


def test_money_works_as_a_dict_key():
    prices = {Money(250, "EUR"): "coffee"}
    assert prices[Money(250, "EUR")] == "coffee"
