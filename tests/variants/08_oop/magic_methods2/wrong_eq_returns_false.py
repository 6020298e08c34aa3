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
            return False
        return self.cents == other.cents and self.currency == other.currency

    def __hash__(self):
        return hash((self.cents, self.currency))


