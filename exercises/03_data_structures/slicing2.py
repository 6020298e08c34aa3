"""Slicing with a negative step: walk a list backwards.

With a negative step, `items[start:stop:step]` goes from right to left: it
begins at `start` and stops just BEFORE it reaches `stop`. A left-out start
or stop means "from the end" and "all the way to the beginning". Fix the
three functions, using slices (no loops). `events` lists are ordered oldest
first, and none of the functions may change the list it is given.
"""


def newest_first(events):
    """All the events, newest first."""
    # TODO: the oldest event is missing: a stop of 0 stops BEFORE index 0.
    return events[len(events):0:-1]


def latest(events, n):
    """The `n` newest events (n >= 0), newest first.

    All of them, newest first, when there are fewer than `n`.
    """
    # TODO: this gives one event too few.
    return events[-1:-n:-1]


def backwards_between(events, first, last):
    """The events from index `last` back to index `first`, both included.

    `first` <= `last`, and both are valid indexes (0 or more).
    """
    # TODO: this is right unless `first` is 0. Then the stop is -1, and -1
    # does not mean "before the start": it means the last event.
    return events[last:first - 1:-1]


# --- tests: read them, don't change them ---

import ast
import sys

from coursekit import learner_tree

EVENTS = ["boot", "login", "backup", "update", "logout", "shutdown"]


def test_newest_first_has_every_event():
    assert newest_first(EVENTS) == ["shutdown", "logout", "update", "backup", "login", "boot"]


def test_newest_first_of_one_event():
    assert newest_first(["boot"]) == ["boot"]


def test_latest_three():
    assert latest(EVENTS, 3) == ["shutdown", "logout", "update"]


def test_latest_one():
    assert latest(EVENTS, 1) == ["shutdown"]


def test_latest_zero_gives_no_events():
    assert latest(EVENTS, 0) == []


def test_latest_more_than_there_are():
    assert latest(["boot", "login"], 5) == ["login", "boot"]


def test_backwards_between_in_the_middle():
    assert backwards_between(EVENTS, 1, 3) == ["update", "backup", "login"]


def test_backwards_between_from_the_first_event():
    assert backwards_between(EVENTS, 0, 2) == ["backup", "login", "boot"]


def test_backwards_between_one_event():
    assert backwards_between(EVENTS, 4, 4) == ["logout"]


def test_the_input_list_is_not_changed():
    events = list(EVENTS)
    newest_first(events)
    latest(events, 2)
    backwards_between(events, 0, 3)
    assert events == EVENTS


def test_no_loops_only_slices():
    loops = (ast.For, ast.While, ast.ListComp, ast.GeneratorExp)
    tree = learner_tree(sys.modules[__name__])
    lines = [node.lineno for node in ast.walk(tree) if isinstance(node, loops)]
    assert lines == [], f"line {lines[0]} loops: use a slice instead"
