def money(amount):
    return format(amount, ",.2f")


def percent(ratio):
    return f"{ratio * 100:.1f}%"


def row(item, amount):
    price = money(amount)
    return f"{item:12}{price:>10}"
