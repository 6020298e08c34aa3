def stock_of(inventory, item):
    if item in inventory:
        return inventory[item]
    return 0


def restock(inventory, item, amount):
    if item in inventory:
        inventory[item] += amount
    else:
        inventory[item] = amount


def sell(inventory, item, amount):
    left = inventory[item] - amount
    if left:
        inventory[item] = left
    else:
        inventory.pop(item)
