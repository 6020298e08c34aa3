"""
input() waits for the user to type a line and gives it back as text; the
text in its parentheses is the prompt, shown first. print() shows one or
more values, and puts a space between the values given with commas.

This program asks for a name, but the greeting ignores the answer: "name" in
quotes is just the four letters n, a, m, e. Greet the user with the name
they typed: when Ada types Ada, the program prints "Hello, Ada!".

The program's lines sit under `if __name__ == "__main__":` (chapter 01):
they run when you run the file (try it: python3 input1.py), and the tests
run them with names of their own.
"""

if __name__ == "__main__":
    name = input("What is your name? ")
    greeting = "Hello, " + name + "!"
    print(greeting)
