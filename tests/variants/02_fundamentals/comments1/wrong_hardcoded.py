price = 3
cups = 3
# print("DEBUG: price =", price, "cups =", cups)
print("Three coffees cost 9 euros.")
