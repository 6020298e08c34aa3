def money(amount):
    return f"{amount:,.2f}"


def percent(ratio):
    return f"{ratio:.1%}"


def row(item, amount):
    return f"{item:>12}{money(amount):<10}"
