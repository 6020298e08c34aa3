"""Refactor: from "is a list" to "has a list".

`UndoHistory` works (the behaviour tests pass), but it inherits from
`list`, so every list method is part of its interface: code elsewhere can
`insert()`, `sort()` or `clear()` the history and break the undo order.
Refactor with composition: `UndoHistory` should not be a list but keep one
in an attribute, and offer only `record`, `undo`, `last`, `len()` and
truth testing. Every test must still pass.
"""


class UndoHistory:
    def __init__(self):
        self._actions = []

    def record(self, action):
        self._actions.append(action)

    def undo(self):
        """Remove and return the newest action; IndexError when there is none."""
        return self._actions.pop()

    def last(self):
        """The newest action, or None when the history is empty."""
        return self._actions[-1] if self._actions else None


