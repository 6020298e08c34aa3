"""Dictionaries: look up, add and remove keys.

A shop keeps its stock in a dict such as `{"apples": 12, "pears": 4}`. Finish
the three functions: `stock_of` answers 0 for items the shop never had,
`restock` adds to an item (new items start at 0), and `sell` takes items away,
removing the key when nothing is left.
"""


def stock_of(inventory, item):
    """How many of `item` are in stock. Does not change `inventory`."""
    return inventory.get(item, 0)


def restock(inventory, item, amount):
    """Add `amount` to the count of `item`, changing `inventory` in place."""
    inventory[item] = inventory.get(item, 0) + amount


def sell(inventory, item, amount):
    """Take `amount` of `item` away (never more than there is).

    When the count reaches 0, the item is removed from `inventory`.
    """
    inventory[item] -= amount
    if inventory[item] == 0:
        del inventory[item]


# --- tests: read them, don't change them ---


def test_stock_of_a_known_item():
    assert stock_of({"apples": 12, "pears": 4}, "pears") == 4


def test_stock_of_an_unknown_item_is_zero():
    assert stock_of({"apples": 12}, "kiwis") == 0


def test_stock_of_does_not_add_unknown_items():
    inventory = {"apples": 12}
    stock_of(inventory, "kiwis")
    assert inventory == {"apples": 12}


def test_restock_adds_to_an_existing_item():
    inventory = {"apples": 12, "pears": 4}
    restock(inventory, "pears", 6)
    assert inventory == {"apples": 12, "pears": 10}


def test_restock_a_new_item():
    inventory = {"apples": 12}
    restock(inventory, "kiwis", 5)
    assert inventory == {"apples": 12, "kiwis": 5}


def test_sell_some_leaves_the_rest():
    inventory = {"apples": 12, "pears": 4}
    sell(inventory, "apples", 5)
    assert inventory == {"apples": 7, "pears": 4}


def test_sell_the_last_ones_removes_the_item():
    inventory = {"apples": 12, "pears": 4}
    sell(inventory, "pears", 4)
    assert inventory == {"apples": 12}
