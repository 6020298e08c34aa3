"""
Python does not allow an empty block: after a line that ends with a colon, at
least one indented statement must follow. When there is nothing to do there
(yet), write `pass`: a statement that does nothing at all.

Run this: Python refuses to start and points at the empty block. Fill the
weekend block with `pass` (keep the comment if you like), so that the program
prints the work days. The tests also run it with other days.
"""

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

for day in DAYS:
    if day == "Sat" or day == "Sun":
        pass  # weekend plans come later
    else:
        print(day, "is a work day.")

print("That's the week.")
