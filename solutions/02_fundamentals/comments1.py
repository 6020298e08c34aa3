"""
A comment starts with # and runs to the end of the line. Python skips it:
comments are notes for the people who read the code. Putting # in front of a
line of code "comments it out": the line stays in the file but no longer runs.

This program still prints a debugging line that was only useful while it was
being written. Comment that line out, so only the result is printed.
"""

# Work out what three coffees cost.
price = 3
cups = 3
total = price * cups
# print("DEBUG: price =", price, "cups =", cups)
print("Three coffees cost", total, "euros.")
