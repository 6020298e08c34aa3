"""Refactor: from "is a list" to "has a list".

`UndoHistory` works (the behaviour tests pass), but it inherits from
`list`, so every list method is part of its interface: code elsewhere can
`insert()`, `sort()` or `clear()` the history and break the undo order.
Refactor with composition: `UndoHistory` should not be a list but keep one
in an attribute, and offer only `record`, `undo`, `last`, `len()` and
truth testing. Every test must still pass.
"""


# TODO: don't inherit from list; keep the actions in an attribute instead.
class UndoHistory(list):
    def record(self, action):
        self.append(action)

    def undo(self):
        """Remove and return the newest action; IndexError when there is none."""
        return self.pop()

    def last(self):
        """The newest action, or None when the history is empty."""
        return self[-1] if self else None


# --- tests: read them, don't change them ---

import pytest


def test_undo_gives_the_newest_action_first():
    history = UndoHistory()
    history.record("type a")
    history.record("type b")
    history.record("delete")
    assert history.undo() == "delete"
    assert history.undo() == "type b"
    assert history.last() == "type a"


def test_len_and_truth():
    history = UndoHistory()
    assert len(history) == 0
    assert not history
    history.record("paste")
    assert len(history) == 1
    assert history


def test_last_of_an_empty_history_is_none():
    assert UndoHistory().last() is None


def test_undo_on_an_empty_history_raises_index_error():
    with pytest.raises(IndexError):
        UndoHistory().undo()


def test_two_histories_are_independent():
    first = UndoHistory()
    second = UndoHistory()
    first.record("bold")
    assert second.last() is None


def test_structure_an_undo_history_is_not_a_list():
    assert not issubclass(UndoHistory, list), "UndoHistory still inherits from list"


def test_structure_list_methods_are_not_offered():
    history = UndoHistory()
    offered = [name for name in ("append", "insert", "sort", "clear", "reverse", "extend")
               if hasattr(history, name)]
    assert not offered, f"UndoHistory still offers {', '.join(offered)}: keep only its own methods"
