def format_price(amount, currency=None, decimals=None):
    if currency is None:
        currency = "EUR"
    if decimals is None:
        decimals = 2
    return format(amount, f".{decimals}f") + " " + currency
