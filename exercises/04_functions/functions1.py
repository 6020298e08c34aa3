"""Defining functions: name a piece of code and reuse it.

The three lines below draw a box around the title "Reports". The program
needs the same kind of box around other titles too: "Backups", "Users", ...
Instead of copying the lines for each title, define a function
`print_box(title)` that draws the box around any title it is given.
"""

# TODO: put these lines into a function print_box(title), and make them use
# `title` instead of "Reports".
border = "+" + "-" * (len("Reports") + 2) + "+"
print(border)
print("| Reports |")
print(border)


if __name__ == "__main__":
    print_box("Reports")
    print_box("Backups")
    print_box("Users")


# --- tests: read them, don't change them ---


def test_print_box_draws_a_box_around_the_title(capsys):
    print_box("Backups")
    assert capsys.readouterr().out == "+---------+\n| Backups |\n+---------+\n"


def test_the_box_fits_a_short_title(capsys):
    print_box("Users")
    assert capsys.readouterr().out == "+-------+\n| Users |\n+-------+\n"


def test_the_box_fits_a_long_title(capsys):
    print_box("Monthly reports")
    assert capsys.readouterr().out == (
        "+-----------------+\n| Monthly reports |\n+-----------------+\n")


def test_each_call_draws_one_box(capsys):
    print_box("A")
    print_box("B")
    assert capsys.readouterr().out == "+---+\n| A |\n+---+\n+---+\n| B |\n+---+\n"
