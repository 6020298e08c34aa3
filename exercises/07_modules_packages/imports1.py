"""Import what you need: a whole module, one name from a module, or a module under a short name.

The three helpers below use the standard library, but the imports are missing.
- `pages_needed` uses `math.ceil`: import the whole `math` module.
- `most_common_word` uses `Counter`: import just that name from `collections`.
- `days_between` uses `dt.date`: import `datetime` under the short name `dt`.
"""

# TODO: add the three import statements here


def pages_needed(items, per_page):
    """How many pages of per_page items are needed for items items."""
    return math.ceil(items / per_page)


def most_common_word(words):
    """The word that appears most often in words."""
    return Counter(words).most_common(1)[0][0]


def days_between(start, end):
    """Days from start to end, both "YYYY-MM-DD" strings."""
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


# --- tests: read them, don't change them ---
import ast
import sys

from coursekit import learner_tree


def imports_of_your_code():
    found = []
    for node in ast.walk(learner_tree(sys.modules[__name__])):
        if isinstance(node, ast.Import):
            found += [("import", alias.name, alias.asname) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found += [("from " + (node.module or ""), alias.name, alias.asname)
                      for alias in node.names]
    return found


def test_pages_round_up():
    assert pages_needed(101, 25) == 5
    assert pages_needed(100, 25) == 4


def test_most_common_word():
    assert most_common_word(["error", "ok", "error", "warn"]) == "error"


def test_days_between_dates():
    assert days_between("2024-02-27", "2024-03-01") == 3


def test_the_three_import_forms():
    found = imports_of_your_code()
    assert ("import", "math", None) in found, "import the whole math module, under its own name"
    assert ("from collections", "Counter", None) in found, "import just Counter from collections"
    assert ("import", "datetime", "dt") in found, "import datetime under the short name dt"
