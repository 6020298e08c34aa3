"""
A good editor catches many mistakes before you run anything. VS Code (with
its Python extension) and PyCharm underline names that don't exist, explain
the problem when you hover over it, and offer a fix. When a mistake slips
through anyway, Python's error report (the traceback) names the file and the
line, and often suggests what you meant.

Run this program, read the last lines of the traceback, and fix the mistake.
"""

item = "notebook"
price = 4
quantity = 3

total = price * quantity
print("You bought", quantity, item + "s for", total, "euros.")
