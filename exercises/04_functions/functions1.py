"""Defining functions: name a piece of code and reuse it.

The lines below draw a box around the title "Reports". The program must draw
the same kind of box around three titles: "Reports", "Backups" and "Users".
Instead of copying the lines twice more, define a function and call it three
times.
"""

# TODO: define a function print_box(title) that draws the box below around
# any title (use `title` instead of "Reports"), then call it once per title.
border = "+" + "-" * (len("Reports") + 2) + "+"
print(border)
print("| Reports |")
print(border)
