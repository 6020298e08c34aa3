"""
A while loop runs its block again and again, as long as its condition is
true. Whatever the loop keeps track of must change inside the block: the
value in the condition (or the loop never ends), and any counter too.

You save 1000 coins in an account that adds 10% every year (// divides and
drops the decimals). The loop runs until the money has doubled, but the year
counter never moves. Count the years.
"""

balance = 1000
years = 0

while balance < 2000:
    balance = balance + balance // 10
    years = years + 1
    print("Year", years, "balance:", balance)

print("Doubled after", years, "years.")
