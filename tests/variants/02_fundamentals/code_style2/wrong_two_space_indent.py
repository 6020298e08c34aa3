"""
PEP 8, Python's style guide, makes code look the same everywhere, so that
everybody reads it quickly. "Readability counts" (The Zen of Python).

This script works: the test of what it prints passes already. But it was
written by someone used to other languages, and it breaks three PEP 8 rules.
Tidy it up WITHOUT changing what it prints:
1. indent every block by 4 spaces (not 2, and no tabs);
2. one statement per line: no semicolons between statements;
3. variable names in snake_case (lower case, words joined with _); a value
   that never changes may be a CONSTANT in upper case.
The tests say what is still wrong.
"""

item_price = 5
quantity = 4
discount_percent = 10
sub_total = item_price * quantity
if quantity >= 3:
  total = sub_total * (100 - discount_percent) // 100
  print("Discount:", sub_total - total)
else:
  total = sub_total
print("Total:", total)
