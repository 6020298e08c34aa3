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
        self._saved_balance = self.account.balance
        return self.account

    def __exit__(self, exc_type, exc_value, traceback):
        self.account.balance = self._saved_balance
        return False
