"""
Python does not allow an empty block: after a line that ends with a colon, at
least one indented statement must follow. When there is nothing to do there
(yet), write `pass`: a statement that does nothing at all.

Run this: Python refuses to start and points at the empty block. Fill the
block with `pass`, so the program prints the work days.
"""

for day in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
    if day == "Sat" or day == "Sun":
        # TODO: weekend plans come later; for now, do nothing here
    else:
        print(day, "is a work day.")

print("That's the week.")
