def stock_of(inventory, item):
    return inventory.get(item, 0)


def restock(inventory, item, amount):
    inventory[item] = inventory.get(item, 0) + amount


def sell(inventory, item, amount):
    inventory[item] -= amount
