class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        name = type(self).__name__
        return f'{name}(cents={self.cents}, currency="{self.currency}")'

    def __str__(self):
        return "{:.2f} {}".format(self.cents / 100, self.currency)
