"""
Welcome to pylings! Python is a programming language: you write instructions
in a plain text file, and the Python interpreter reads the file from top to
bottom and carries out the instructions one line at a time.

This program prints a short greeting, but one word has a typo. Compare what
it prints with what was expected, fix the text between the quotes, and save.
"""

# print() shows the text between the quotes on the screen.
print("I am learning Python.")
print("Hello, World!")
print("Python reads this file from top to bottom.")
