DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
    print(day, "is a work day.")
if False:
    pass
print("That's the week.")
