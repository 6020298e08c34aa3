def format_price(amount, decimals=2, currency="EUR"):
    return f"{amount:.{decimals}f} {currency}"
