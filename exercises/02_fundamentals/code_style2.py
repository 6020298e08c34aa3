"""
PEP 8, Python's style guide, makes code look the same everywhere, so that
everybody reads it quickly. "Readability counts" (The Zen of Python).

This script works: the test of what it prints passes already. But it was
written by someone used to other languages, and it breaks three PEP 8 rules.
Tidy it up WITHOUT changing what it prints:
1. indent every block by 4 spaces (not 2, and no tabs);
2. one statement per line: no semicolons between statements;
3. variable names in snake_case (lower case, words joined with _); a value
   that never changes may be a CONSTANT in upper case.
The tests say what is still wrong.
"""

itemPrice = 5
Quantity = 4; discountPercent = 10
subTotal = itemPrice * Quantity
if Quantity >= 3:
  Total = subTotal * (100 - discountPercent) // 100
  print("Discount:", subTotal - Total)
else:
  Total = subTotal
print("Total:", Total)

# --- tests: read them, don't change them ---

import ast
import io
import re
import sys
import tokenize


def tokens():
    from coursekit import learner_source

    source = learner_source(sys.modules[__name__])
    return list(tokenize.generate_tokens(io.StringIO(source).readline))


def test_what_it_prints_stays_the_same(capsys):
    from coursekit import learner_tree

    capsys.readouterr()
    exec(compile(learner_tree(sys.modules[__name__]), __file__, "exec"), {})
    assert capsys.readouterr().out.splitlines() == ["Discount: 2", "Total: 18"]


def test_blocks_are_indented_by_4_spaces():
    for token in tokens():
        if token.type == tokenize.INDENT:
            width = len(token.string.expandtabs(8))
            assert "\t" not in token.string and width % 4 == 0, (
                f"line {token.start[0]} is indented by {token.string!r}: use 4 spaces per level")


def test_one_statement_per_line():
    for token in tokens():
        line = token.start[0]
        assert token.string != ";", f"line {line} has a semicolon: one statement per line"


def test_names_are_snake_case():
    from coursekit import learner_tree

    for node in ast.walk(learner_tree(sys.modules[__name__])):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            name = node.id
            assert re.fullmatch(r"[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*", name), (
                f"line {node.lineno}: {name} is not snake_case (nor a CONSTANT)")
