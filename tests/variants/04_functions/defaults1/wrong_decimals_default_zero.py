def format_price(amount, currency="EUR", decimals=0):
    return f"{amount:.{decimals}f} {currency}"
