"""
Python's syntax has no curly braces around blocks of code. A line that ends
with a colon (:) opens a block, and the block is made of the lines indented
below it, by 4 spaces. The first line that is not indented ends the block.

The umbrella advice should only be printed when it is raining, but right now
it is printed every time. Indent that line so it belongs to the `if` block.
The tests run your program twice: once with raining = False, once with
raining = True.
"""

raining = False

print("Weather report")
if raining:
    print("It is raining.")
    print("Take an umbrella!")
print("Have a nice day!")

# --- tests: read them, don't change them ---

import ast
import sys


def report(raining, capsys):
    """Run your program again with raining set to True or False; give back what it prints."""
    from coursekit import learner_tree

    tree = learner_tree(sys.modules[__name__])
    for line in tree.body:
        if isinstance(line, ast.Assign) and ast.unparse(line.targets[0]) == "raining":
            line.value = ast.copy_location(ast.Constant(raining), line.value)
            break
    capsys.readouterr()
    exec(compile(tree, __file__, "exec"), {})
    return capsys.readouterr().out.splitlines()


def test_dry_day(capsys):
    printed = report(False, capsys)
    expected = ["Weather report", "Have a nice day!"]
    assert printed == expected, "printed on a dry day (left), and what it should be (right)"


def test_rainy_day(capsys):
    printed = report(True, capsys)
    expected = ["Weather report", "It is raining.", "Take an umbrella!", "Have a nice day!"]
    assert printed == expected, "printed on a rainy day (left), and what it should be (right)"
