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
        self._snapshot = {}

    def __enter__(self):
        self._snapshot = dict(vars(self.account))
        return self.account

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_value is None:
            return None
        vars(self.account).update(self._snapshot)
        return None
