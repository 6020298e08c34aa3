"""
input() waits for the user to type a line and gives it back as text; the text
in its parentheses is the prompt, printed first. print() shows one or more
values; between values given with commas it puts a space.

This program asks for a name, but the greeting ignores the answer: "name" in
quotes is just the word. Greet the user with the name they typed. (pylings
types "Ada" for you. What is typed is not shown, so the prompt and the
greeting end up on one line.)
"""

name = input("What is your name? ")
print("Hello, name!")  # TODO: use the variable `name` here
