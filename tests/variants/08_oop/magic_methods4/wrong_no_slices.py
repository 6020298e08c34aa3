"""Magic methods 4: containers with __len__, __iter__ and __getitem__.

A `Wallet` holds Money objects. Make it behave like a read-only sequence:
`len(wallet)`, `for money in wallet` (in the order they were added, and as
often as you like), `money in wallet`, `wallet[0]`, `wallet[-1]` and
slices such as `wallet[1:]`.
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


class Wallet:
    def __init__(self, owner):
        self.owner = owner
        self._items = []

    def add(self, money):
        self._items.append(money)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        return self._items[int(index)]


