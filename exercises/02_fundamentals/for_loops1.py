"""
A for loop runs its block once for every item of a sequence, with the loop
variable set to that item. range(start, stop) gives the whole numbers from
start up to, but NOT including, stop: range(1, 4) is 1, 2, 3.

Print the 7 times table, from 7 x 1 to 7 x 10. The loop stops one row early.
"""

for number in range(1, 10):  # TODO: the table should go up to 7 x 10
    print("7 x", number, "=", 7 * number)
