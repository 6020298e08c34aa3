"""
A while loop runs its block again and again, as long as its condition is
true. Whatever the loop keeps track of must change inside the block: the
value in the condition (or the loop never ends), and any counter too.

You put START coins in an account that adds PERCENT % every year (// divides
and drops the decimals). The loop runs until the money has doubled, but the
year counter never moves: count the years, so that each line shows the
right year and the last line says after how many years the money doubled.
The tests also run your program with other amounts and rates.
"""

START = 1000
PERCENT = 10

balance = START
years = 0

while balance < 2 * START:
    balance = balance + balance * PERCENT // 100
    years = years + 1
    print("Year", years, "balance:", balance)

print("Doubled after 8 years.")
