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


class Wallet:
    def __init__(self, owner):
        self.owner = owner
        self._items = []

    def add(self, money):
        self._items.append(money)

    def __len__(self):
        count = 0
        for _ in self._items:
            count += 1
        return count

    def __iter__(self):
        yield from self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Wallet(self.owner)._with(self._items[index])
        return self._items[index]

    def _with(self, items):
        self._items = list(items)
        return self
