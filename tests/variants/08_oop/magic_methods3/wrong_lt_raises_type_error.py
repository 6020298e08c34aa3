"""Magic methods 3: ordering with functools.total_ordering.

Money already has `__eq__`. Add `__lt__` so amounts of the same currency
can be ordered (comparing EUR with USD raises ValueError; comparing with
something that is not Money returns NotImplemented). Then decorate the
class with `functools.total_ordering`, which derives <=, > and >= from
`__eq__` and `__lt__`.
"""
from functools import total_ordering


@total_ordering
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

    def __lt__(self, other):
        if not isinstance(other, Money):
            raise TypeError("can only compare Money with Money")
        if self.currency != other.currency:
            raise ValueError(f"cannot compare {self.currency} with {other.currency}")
        return self.cents < other.cents


