def stock_of(inventory, item):
    return inventory.get(item, 0)


def restock(inventory, item, amount):
    inventory[item] = amount


def sell(inventory, item, amount):
    inventory[item] -= amount
    if inventory[item] == 0:
        del inventory[item]
