"""
After a colon inside the braces of an f-string comes a format spec:
  {x:.2f}   2 decimals                 3.5     -> "3.50"
  {x:,.2f}  thousands separator too    1234.5  -> "1,234.50"
  {x:.1%}   percentage with 1 decimal  0.256   -> "25.6%"
  {s:<10}   left-aligned in 10 places  "tea"   -> "tea       "
  {s:>10}   right-aligned in 10 places "tea"   -> "       tea"

Finish the three receipt helpers below with format specs.
"""


def money(amount):
    """Return amount with thousands separators and 2 decimals.

    1234.5 -> "1,234.50"
    """
    return f"{amount:,.2f}"


def percent(ratio):
    """Return a ratio as a percentage with 1 decimal: 0.256 -> "25.6%"."""
    return f"{ratio:.1%}"


def row(item, amount):
    """Return a receipt row, 22 characters wide.

    The item is left-aligned in 12 places, then money(amount) is
    right-aligned in 10 places: row("Coffee", 3.5) -> "Coffee            3.50"
    """
    return f"{item:<12}{money(amount):>10}"


# --- tests: read them, don't change them ---


def test_money_has_two_decimals():
    assert money(3.5) == "3.50"
    assert money(0) == "0.00"
    assert money(2.999) == "3.00"


def test_money_has_thousands_separators():
    assert money(1234.5) == "1,234.50"
    assert money(1000000) == "1,000,000.00"


def test_percent_has_one_decimal():
    assert percent(0.256) == "25.6%"
    assert percent(0.5) == "50.0%"
    assert percent(1 / 3) == "33.3%"


def test_row_aligns_item_and_amount():
    assert row("Coffee", 3.5) == "Coffee            3.50"
    assert row("Cake", 12) == "Cake             12.00"


def test_row_is_22_characters_wide():
    assert len(row("Tea", 2)) == 22
    assert len(row("Banquet", 1234.5)) == 22
