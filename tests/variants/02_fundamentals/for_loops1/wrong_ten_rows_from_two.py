"""
A for loop runs its block once for every item of a sequence, with the loop
variable set to that item. range(start, stop) gives the whole numbers from
start up to, but NOT including, stop: range(1, 4) is 1, 2, 3.

Print the times table of TABLE, from TABLE x 1 to TABLE x 10: for 7, the
lines "7 x 1 = 7" to "7 x 10 = 70". The loop stops one row early. The tests
also run your program with other tables.
"""

TABLE = 7

for number in range(2, 12):
    print(TABLE, "x", number, "=", TABLE * number)
