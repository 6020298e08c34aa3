def money(amount):
    return f"{round(amount, 2):,}"


def percent(ratio):
    return f"{round(ratio * 100, 1)}%"


def row(item, amount):
    return f"{item:<12}{money(amount):>10}"
