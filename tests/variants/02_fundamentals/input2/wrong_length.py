"""
input() always gives you text. When the user types 3, you get "3", and "3"
times 12 repeats the text twelve times: "333333333333"! Convert the answer
with int() before you calculate with it.

A box holds 12 eggs. Fix the program so it prints how many eggs are in the
boxes: for 3 boxes, "That is 36 eggs." The tests type other numbers too.
"""

if __name__ == "__main__":
    boxes = len(input("How many boxes of eggs? "))
    eggs = boxes * 12
    print("That is", eggs, "eggs.")
