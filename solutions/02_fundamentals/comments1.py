"""
A comment starts with # and runs to the end of the line. Python skips it:
comments are notes for the people who read the code. Putting # in front of a
line of code "comments it out": the line stays in the file, where you can
bring it back later, but it no longer runs.

This program still prints a debugging line that was only useful while it was
being written. Comment that line out: keep it in the file, as a comment, so
that only the result is printed. The tests also run the program with another
price.
"""

# Work out what three coffees cost.
price = 3
cups = 3
total = price * cups
# print("DEBUG: price =", price, "cups =", cups)
print("Three coffees cost", total, "euros.")

# --- tests: read them, don't change them ---

import ast
import io
import sys
import tokenize


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


def test_only_the_result_is_printed(capsys):
    assert run_with(capsys)["printed"] == ["Three coffees cost 9 euros."]


def test_the_result_follows_the_price(capsys):
    assert run_with(capsys, price=4)["printed"] == ["Three coffees cost 12 euros."]


def test_the_debug_line_is_kept_as_a_comment():
    from coursekit import learner_source

    source = learner_source(sys.modules[__name__])
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    comments = [token.string for token in tokens if token.type == tokenize.COMMENT]
    assert any("DEBUG" in comment and "print" in comment for comment in comments), (
        "keep the DEBUG print line in the file, with # in front of it")
