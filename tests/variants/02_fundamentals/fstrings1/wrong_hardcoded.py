name = "Ada Lovelace"
born = 1815

print("Ada Lovelace was born in 1815.")
print("She would have turned 100 in 1915.")
