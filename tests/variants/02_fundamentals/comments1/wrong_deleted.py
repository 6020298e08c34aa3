"""
A comment starts with # and runs to the end of the line. Python skips it:
comments are notes for the people who read the code. Putting # in front of a
line of code "comments it out": the line stays in the file, where you can
bring it back later, but it no longer runs.

This program still prints a debugging line that was only useful while it was
being written. Comment that line out: keep it in the file, as a comment, so
that only the result is printed. The tests also run the program with another
price.
"""

# Work out what three coffees cost.
price = 3
cups = 3
total = price * cups
print("Three coffees cost", total, "euros.")
