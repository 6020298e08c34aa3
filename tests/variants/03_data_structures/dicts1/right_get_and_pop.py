def stock_of(inventory, item):
    return inventory.get(item) or 0


def restock(inventory, item, amount):
    inventory.update({item: stock_of(inventory, item) + amount})


def sell(inventory, item, amount):
    left = inventory.pop(item) - amount
    if left > 0:
        inventory[item] = left
