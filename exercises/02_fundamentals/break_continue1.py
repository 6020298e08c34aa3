"""
Two words change how a loop runs: `continue` skips the rest of the block
and goes on with the next item; `break` leaves the loop at once.

A sensor sends temperature readings. A negative reading is a glitch: skip it
and carry on. The value 999 means "end of data": stop there, and ignore
whatever comes after it. The two words are swapped below: put each one in
its place. The tests also run your program with other readings.
"""

READINGS = [21, 23, -1, 22, 999, 25]

for reading in READINGS:
    if reading == 999:
        continue  # TODO: end of data: leave the loop
    if reading < 0:
        break  # TODO: a glitch: skip only this reading
    print("Reading:", reading)

print("Done.")

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


def test_the_sensor_data(capsys):
    printed = run_with(capsys)["printed"]
    assert printed == ["Reading: 21", "Reading: 23", "Reading: 22", "Done."]


def test_glitches_are_skipped(capsys):
    printed = run_with(capsys, READINGS=[-5, 18, 0, -2, -7, 19])["printed"]
    assert printed == ["Reading: 18", "Reading: 0", "Reading: 19", "Done."]


def test_nothing_after_the_end_of_data(capsys):
    printed = run_with(capsys, READINGS=[20, 999, -3, 999, 30])["printed"]
    assert printed == ["Reading: 20", "Done."]
    printed = run_with(capsys, READINGS=[999, 20])["printed"]
    assert printed == ["Done."]
