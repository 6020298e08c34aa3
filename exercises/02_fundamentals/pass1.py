"""
Python does not allow an empty block: after a line that ends with a colon, at
least one indented statement must follow. When there is nothing to do there
(yet), write `pass`: a statement that does nothing at all.

Run this: Python refuses to start and points at the empty block. Fill the
weekend block with `pass` (keep the comment if you like), so that the program
prints the work days. The tests also run it with other days.
"""

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

for day in DAYS:
    if day == "Sat" or day == "Sun":
        # TODO: weekend plans come later; for now, do nothing here
    else:
        print(day, "is a work day.")

print("That's the week.")

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


def test_the_work_days(capsys):
    printed = run_with(capsys)["printed"]
    work_days = [f"{day} is a work day." for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]]
    assert printed == work_days + ["That's the week."]


def test_other_days(capsys):
    printed = run_with(capsys, DAYS=["Sun", "Wed", "Sat", "Mon"])["printed"]
    assert printed == ["Wed is a work day.", "Mon is a work day.", "That's the week."]


def test_the_weekend_block_is_pass():
    from coursekit import learner_tree

    tree = learner_tree(sys.modules[__name__])
    assert any(isinstance(node, ast.Pass) for node in ast.walk(tree)), (
        "fill the empty block with the statement pass")
