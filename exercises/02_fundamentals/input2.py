"""
input() always gives you text. When the user types 3, you get "3", and "3"
times 12 repeats the text twelve times! Convert the answer with int() before
you calculate with it.

A box holds 12 eggs. Fix the program so it prints how many eggs are in the
boxes. (pylings types 3 for you.)
"""

boxes = input("How many boxes of eggs? ")  # TODO: make it a number
eggs = boxes * 12
print("That is", eggs, "eggs.")
