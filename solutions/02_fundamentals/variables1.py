"""
A variable is a name for a value: `coins = 10` stores 10 under the name
`coins`, and every later use of `coins` gives 10 back. A new `=` replaces the
value, and the right side may use the old value: `coins = coins + 1`.

The piggy bank belongs to Ada, not Sam, and she gets 5 more coins for her
birthday. Change the two variables marked TODO (not the print lines) to tell
her story. The tests also run your program with other numbers of coins at
the start, so add the 5 coins to whatever `coins` holds.
"""

owner = "Ada"
coins = 10

print(owner, "has", coins, "coins.")

# Ada's birthday: she gets 5 more coins.
coins = coins + 5
print(owner, "now has", coins, "coins.")

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


def test_the_story(capsys):
    printed = run_with(capsys)["printed"]
    assert printed == ["Ada has 10 coins.", "Ada now has 15 coins."]


def test_the_owner_is_a_variable(capsys):
    assert run_with(capsys)["owner"] == "Ada"


def test_five_more_coins_whatever_the_start(capsys):
    for start in [0, 7, 95]:
        result = run_with(capsys, coins=start)
        expected = start + 5
        assert result["coins"] == expected, f"with {start} coins at the start, Ada has {expected}"
        assert result["printed"][1] == f"Ada now has {start + 5} coins."
