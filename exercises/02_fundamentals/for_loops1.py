"""
A for loop runs its block once for every item of a sequence, with the loop
variable set to that item. range(start, stop) gives the whole numbers from
start up to, but NOT including, stop: range(1, 4) is 1, 2, 3.

Print the times table of TABLE, from TABLE x 1 to TABLE x 10: for 7, the
lines "7 x 1 = 7" to "7 x 10 = 70". The loop stops one row early. The tests
also run your program with other tables.
"""

TABLE = 7

for number in range(1, 10):  # TODO: the table goes up to TABLE x 10
    print(TABLE, "x", number, "=", TABLE * number)

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


def test_seven_times_table(capsys):
    printed = run_with(capsys)["printed"]
    assert printed == [f"7 x {n} = {7 * n}" for n in range(1, 11)]


def test_other_tables(capsys):
    for table in [3, 12]:
        printed = run_with(capsys, TABLE=table)["printed"]
        expected = [f"{table} x {n} = {table * n}" for n in range(1, 11)]
        assert printed == expected, f"TABLE = {table}"
