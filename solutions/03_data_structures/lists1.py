"""Lists: change a list with its methods.

A packing list starts with three items. Use list methods so that the program
prints the expected packing list: "charger" added at the end, "passport" put at
the very front, and "umbrella" taken out.
"""

packing = ["umbrella", "toothbrush", "socks"]

packing.append("charger")

packing.insert(0, "passport")

packing.remove("umbrella")

print(packing)
print("Items:", len(packing))
print("First:", packing[0])
print("Socks packed?", "socks" in packing)
