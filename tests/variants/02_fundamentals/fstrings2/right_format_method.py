def money(amount):
    return "{:,.2f}".format(amount)


def percent(ratio):
    return "{:.1f}%".format(ratio * 100)


def row(item, amount):
    return item.ljust(12) + money(amount).rjust(10)
