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
        return self._history

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


