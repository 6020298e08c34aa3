"""Default and keyword arguments.

`format_price(amount, currency="EUR", decimals=2)` must return text such as
"3.50 EUR". Most callers pass only the amount, so `currency` and `decimals`
need default values. Callers that want something else pass them by position
or by name: `format_price(5, decimals=0)` gives "5 EUR".
"""


def format_price(amount, currency="EUR", decimals=2):
    return f"{amount:.{decimals}f} {currency}"


# --- tests: read them, don't change them ---


def test_all_arguments_given():
    assert format_price(2, "USD", 1) == "2.0 USD"


def test_only_the_amount_uses_both_defaults():
    assert format_price(3.5) == "3.50 EUR"


def test_currency_by_position():
    assert format_price(3.5, "GBP") == "3.50 GBP"


def test_decimals_by_keyword_keeps_the_default_currency():
    assert format_price(5, decimals=0) == "5 EUR"


def test_keywords_in_any_order():
    assert format_price(decimals=3, amount=1.25, currency="CHF") == "1.250 CHF"
