"""
An f-string has an f just before its opening quote. Inside it, every
{expression} in curly braces is replaced by its value: with age = 36,
f"I am {age}" gives "I am 36" and f"{age + 1} next year" gives "37 next year".
Without the f, or without the braces, the text is printed as it is.

Fix both lines so that they show values instead of names. The tests also run
your program with another person.
"""

name = "Ada Lovelace"
born = 1815

print(f"{name} was born in {born}.")
print(f"She would have turned 100 in {born + 100}.")

# --- tests: read them, don't change them ---

import ast
import sys


def run_with(capsys, **values):
    """Run your program again with other values in its first lines; give back its variables."""
    from coursekit import learner_tree

    tree = learner_tree(sys.modules[__name__])
    for name, value in values.items():
        line = next((line for line in tree.body if isinstance(line, ast.Assign)
                     and ast.unparse(line.targets[0]) == name), None)
        assert line, f"keep the line that sets {name} at the top of your program"
        line.value = ast.copy_location(ast.parse(repr(value), mode="eval").body, line.value)
    ast.fix_missing_locations(tree)
    variables = {"__name__": "__main__"}
    capsys.readouterr()
    exec(compile(tree, __file__, "exec"), variables)
    variables["printed"] = capsys.readouterr().out.splitlines()
    return variables


def test_ada(capsys):
    printed = run_with(capsys)["printed"]
    assert printed == ["Ada Lovelace was born in 1815.", "She would have turned 100 in 1915."]


def test_grace(capsys):
    printed = run_with(capsys, name="Grace Hopper", born=1906)["printed"]
    assert printed == ["Grace Hopper was born in 1906.", "She would have turned 100 in 2006."]
