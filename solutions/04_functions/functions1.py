"""Defining functions: name a piece of code and reuse it.

The lines below draw a box around the title "Reports". The program must draw
the same kind of box around three titles: "Reports", "Backups" and "Users".
Instead of copying the lines twice more, define a function and call it three
times.
"""


def print_box(title):
    border = "+" + "-" * (len(title) + 2) + "+"
    print(border)
    print(f"| {title} |")
    print(border)


print_box("Reports")
print_box("Backups")
print_box("Users")
