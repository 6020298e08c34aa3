"""Encapsulation: state that only the class's own methods change.

A bank account's balance may only change through `deposit` and
`withdraw`, which check the amount and record every change. Two holes
let outside code go around them:
- `account.balance = 1_000_000` works: make `balance` read-only (reading
  it still works; assigning to it raises AttributeError).
- `account.history` hands out the account's own list, so whoever gets it
  can append or delete entries: hand out a copy (a list or a tuple)
  instead.
"""


class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self._history = []

    @property
    def balance(self):
        return self._balance

    @property
    def history(self):
        return list(self._history)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("a deposit must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("a withdrawal must be positive")
        if amount > self._balance:
            raise ValueError("insufficient funds")
        self._balance -= amount
        self._history.append(("withdraw", amount))


# --- tests: read them, don't change them ---

import pytest


def make_account():
    account = BankAccount("Ada", 100)
    account.deposit(50)
    account.withdraw(30)
    return account


def test_deposit_and_withdraw_change_the_balance():
    account = make_account()
    assert account.balance == 120
    assert list(account.history) == [("deposit", 50), ("withdraw", 30)]


def test_the_balance_can_be_read_but_not_set():
    account = make_account()
    try:
        account.balance = 1_000_000
    except AttributeError:
        pass
    else:
        pytest.fail("`account.balance = ...` still works: make balance read-only", pytrace=False)
    assert account.balance == 120


def test_changing_the_history_you_got_does_not_change_the_account():
    account = make_account()
    history = account.history
    try:
        history.append(("deposit", 1_000_000))
    except AttributeError:
        pass  # a tuple has no append: fine too
    try:
        del history[0]
    except TypeError:
        pass
    assert list(account.history) == [("deposit", 50), ("withdraw", 30)], (
        "changing the history you got changed the account's own: hand out a copy"
    )


def test_the_history_still_grows_with_the_account():
    account = make_account()
    before = account.history
    account.deposit(5)
    assert list(account.history) == [("deposit", 50), ("withdraw", 30), ("deposit", 5)]
    assert len(before) == 2, "a history handed out earlier changed later: hand out a copy"


def test_wrong_amounts_are_still_refused():
    account = make_account()
    with pytest.raises(ValueError):
        account.withdraw(500)
    with pytest.raises(ValueError):
        account.deposit(-5)
    assert account.balance == 120
