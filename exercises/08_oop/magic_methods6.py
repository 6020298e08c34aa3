"""Magic methods 6: context managers with __enter__ and __exit__.

`with Transaction(account) as acc:` runs `__enter__` before the block and
`__exit__` after it, even when the block raises. Make the transaction
all-or-nothing: remember the balance on entry; if an exception escapes the
block, put the balance back and let the exception propagate (don't
swallow it); if the block succeeds, keep the changes.
"""


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount


class Transaction:
    def __init__(self, account):
        self.account = account
        self._saved_balance = None

    def __enter__(self):
        # TODO: remember the current balance before handing out the account.
        return self.account

    def __exit__(self, exc_type, exc_value, traceback):
        # TODO: when the block raised (exc_type is not None), restore the
        # saved balance. Returning True swallows the exception: don't.
        return True


# --- tests: read them, don't change them ---

import pytest


def test_as_gives_the_account():
    account = Account(100)
    with Transaction(account) as acc:
        assert acc is account


def test_changes_are_kept_when_the_block_succeeds():
    account = Account(100)
    with Transaction(account) as acc:
        acc.withdraw(30)
        acc.deposit(5)
    assert account.balance == 75


def test_the_exception_is_not_swallowed():
    account = Account(100)
    with pytest.raises(ValueError):
        with Transaction(account) as acc:
            acc.withdraw(500)


def test_the_balance_is_restored_when_the_block_fails():
    account = Account(100)
    with pytest.raises(ValueError):
        with Transaction(account) as acc:
            acc.withdraw(30)
            acc.withdraw(500)
    assert account.balance == 100


def test_any_exception_rolls_back():
    account = Account(100)
    with pytest.raises(KeyError):
        with Transaction(account) as acc:
            acc.deposit(50)
            raise KeyError("no such payee")
    assert account.balance == 100


def test_a_transaction_after_a_failed_one_works():
    account = Account(100)
    with pytest.raises(ValueError):
        with Transaction(account) as acc:
            acc.withdraw(500)
    with Transaction(account) as acc:
        acc.withdraw(40)
    assert account.balance == 60
