"""Magic methods 5: arithmetic with __add__ and __radd__.

`a + b` calls `a.__add__(b)`. Adding two Money objects must return a NEW
Money and leave both operands unchanged; adding different currencies
raises ValueError, and adding something that is not Money returns
NotImplemented (Python then raises TypeError). `sum()` starts from 0, so
also add `__radd__` that handles `0 + money`.
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

    def __add__(self, other):
        if not isinstance(other, Money):
            raise TypeError("can only add Money")
        if self.currency != other.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented


