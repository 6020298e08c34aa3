DEFAULT_CURRENCY = "EUR"
DEFAULT_DECIMALS = 2


def format_price(amount, currency=DEFAULT_CURRENCY, decimals=DEFAULT_DECIMALS):
    return "{:.{}f} {}".format(amount, decimals, currency)
