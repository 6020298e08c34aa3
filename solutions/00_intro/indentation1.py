"""
Python's syntax has no curly braces around blocks of code. A line that ends
with a colon (:) opens a block, and the block is made of the lines indented
below it, by 4 spaces. The first line that is not indented ends the block.

The umbrella advice should only be printed when it is raining, but right now
it is printed every time. Indent that line so it belongs to the `if` block.
"""

raining = False

print("Weather report")
if raining:
    print("It is raining.")
    print("Take an umbrella!")
print("Have a nice day!")
