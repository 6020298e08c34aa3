owner = "Ada"
coins = 10

print("Ada has 10 coins.")
print("Ada now has 15 coins.")
