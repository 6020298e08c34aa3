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

    # TODO: __len__(self): how many Money objects the wallet holds.

    # TODO: __iter__(self): the Money objects, in the order they were added.

    # TODO: __getitem__(self, index): wallet[0], wallet[-1], wallet[1:].


# --- tests: read them, don't change them ---

import pytest


def make_wallet():
    wallet = Wallet("Ada")
    wallet.add(Money(500, "EUR"))
    wallet.add(Money(20, "EUR"))
    wallet.add(Money(1999, "USD"))
    return wallet


def test_len_counts_the_items():
    assert len(Wallet("Bob")) == 0
    assert len(make_wallet()) == 3


def test_an_empty_wallet_is_falsy():
    assert not Wallet("Bob")
    assert make_wallet()


def test_iterating_gives_the_items_in_order():
    assert list(make_wallet()) == [Money(500, "EUR"), Money(20, "EUR"), Money(1999, "USD")]


def test_a_wallet_can_be_iterated_twice():
    wallet = make_wallet()
    assert [str(money) for money in wallet] == ["5.00 EUR", "0.20 EUR", "19.99 USD"]
    assert [str(money) for money in wallet] == ["5.00 EUR", "0.20 EUR", "19.99 USD"]


def test_in_looks_for_an_equal_item():
    wallet = make_wallet()
    assert Money(20, "EUR") in wallet
    assert Money(20, "USD") not in wallet


def test_indexing_from_both_ends():
    wallet = make_wallet()
    assert wallet[0] == Money(500, "EUR")
    assert wallet[1] == Money(20, "EUR")
    assert wallet[-1] == Money(1999, "USD")


def test_index_out_of_range_raises_index_error():
    with pytest.raises(IndexError):
        make_wallet()[3]


def test_slicing():
    assert list(make_wallet()[1:]) == [Money(20, "EUR"), Money(1999, "USD")]
