"""
A while loop runs its block again and again, as long as its condition is
true. Whatever the loop keeps track of must change inside the block: the
value in the condition (or the loop never ends), and any counter too.

You put START coins in an account that adds PERCENT % every year (// divides
and drops the decimals). The loop runs until the money has doubled, but the
year counter never moves: count the years, so that each line shows the
right year and the last line says after how many years the money doubled.
The tests also run your program with other amounts and rates.
"""

START = 1000
PERCENT = 10

balance = START
years = 0

while balance < 2 * START:
    balance = balance + balance * PERCENT // 100
    years = years + 1
    print("Year", years, "balance:", balance)

print("Doubled after", years, "years.")

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


def test_ten_percent(capsys):
    printed = run_with(capsys)["printed"]
    assert printed[0] == "Year 1 balance: 1100"
    assert printed[-2:] == ["Year 8 balance: 2142", "Doubled after 8 years."]
    assert len(printed) == 9


def test_other_rates(capsys):
    for start, percent, years, last in [(1000, 25, 4, 2440), (200, 50, 2, 450)]:
        printed = run_with(capsys, START=start, PERCENT=percent)["printed"]
        expected = [f"Year {years} balance: {last}", f"Doubled after {years} years."]
        assert printed[-2:] == expected, f"{start} coins at {percent} %"
