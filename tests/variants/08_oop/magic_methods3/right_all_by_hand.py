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

    def _cents_of(self, other):
        if self.currency != other.currency:
            raise ValueError("different currencies")
        return other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < self._cents_of(other)

    def __le__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents <= self._cents_of(other)

    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents > self._cents_of(other)

    def __ge__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents >= self._cents_of(other)
