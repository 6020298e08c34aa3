"""Indexing and slicing: pick parts of a list.

`events` lists are ordered oldest first. Fix the four functions so each returns
the part of the list its docstring asks for. Use indexes and slices
(`items[start:stop:step]`), not loops.
"""


def last(items):
    """The last item of a non-empty list."""
    # TODO: the last valid index is not len(items).
    return items[len(items)]


def newest_three(items):
    """The three newest items, oldest first (all of them if there are fewer)."""
    # TODO: this takes the three OLDEST items.
    return items[:3]


def without_ends(items):
    """Everything except the first and the last item."""
    # TODO: the last item must go too.
    return items[1:]


def every_second(items):
    """The 1st, 3rd, 5th, ... item."""
    # TODO: the first item has index 0.
    return items[1::2]


# --- tests: read them, don't change them ---

import ast
import sys

from coursekit import learner_tree

EVENTS = ["boot", "login", "backup", "update", "logout", "shutdown"]


def test_last_returns_the_final_item():
    assert last(EVENTS) == "shutdown"


def test_last_works_for_a_single_item():
    assert last(["boot"]) == "boot"


def test_newest_three_are_the_last_three_in_order():
    assert newest_three(EVENTS) == ["update", "logout", "shutdown"]


def test_newest_three_of_a_short_list_is_the_whole_list():
    assert newest_three(["boot", "login"]) == ["boot", "login"]


def test_without_ends_drops_first_and_last():
    assert without_ends(EVENTS) == ["login", "backup", "update", "logout"]


def test_every_second_starts_with_the_first_item():
    assert every_second(EVENTS) == ["boot", "backup", "logout"]


def test_every_second_of_an_odd_length_list():
    assert every_second([1, 2, 3, 4, 5]) == [1, 3, 5]


def test_the_input_list_is_not_changed():
    events = list(EVENTS)
    last(events)
    newest_three(events)
    without_ends(events)
    every_second(events)
    assert events == EVENTS


def test_no_loops_only_indexes_and_slices():
    loops = (ast.For, ast.While, ast.ListComp, ast.GeneratorExp)
    tree = learner_tree(sys.modules[__name__])
    lines = [node.lineno for node in ast.walk(tree) if isinstance(node, loops)]
    assert lines == [], f"line {lines[0]} loops: use an index or a slice instead"
