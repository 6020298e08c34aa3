"""
A variable is a name for a value: `coins = 10` stores 10 under the name
`coins`, and every later use of `coins` gives 10 back. A new `=` replaces the
value, and the right side may use the old value: `coins = coins + 1`.

The piggy bank belongs to Ada, not Sam, and she gets 5 more coins for her
birthday. Change the two variables marked TODO (not the print lines) to tell
her story. The tests also run your program with other numbers of coins at
the start, so add the 5 coins to whatever `coins` holds.
"""

owner = "Ada"
coins = 10

print(owner, "has", coins, "coins.")

# Ada's birthday: she gets 5 more coins.
birthday_coins = 5
coins = coins + birthday_coins
print(owner, "now has", coins, "coins.")
