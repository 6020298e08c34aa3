class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency})"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"
