"""
An f-string has an f just before its opening quote. Inside it, every
{expression} in curly braces is replaced by its value: with age = 36,
f"I am {age}" gives "I am 36" and f"{age + 1} next year" gives "37 next year".
Without the f, or without the braces, the text is printed as it is.

Fix both lines so that they show values instead of names. The tests also run
your program with another person.
"""

name = "Ada Lovelace"
born = 1815

print(f"{name} was born in {born}.")
centenary = born + 100
print(f"She would have turned 100 in {centenary}.")
