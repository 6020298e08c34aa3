def format_price(amount, currency="USD", decimals=2):
    return f"{amount:.{decimals}f} {currency}"
