"""Dataclasses.

`@dataclass` writes `__init__`, `__repr__` and `__eq__` for you from the
class's annotated fields. Turn `Task` into a dataclass with the fields
title, priority (default 3) and tags (a NEW empty list for every task:
use `field(default_factory=list)`), in that order.
"""
from dataclasses import dataclass, field


class Task:
    def __init__(self, title, priority=3, tags=None):
        self.title = title
        self.priority = priority
        self.tags = [] if tags is None else tags

    def __repr__(self):
        return f"Task(title={self.title!r}, priority={self.priority!r}, tags={self.tags!r})"

    def __eq__(self, other):
        if not isinstance(other, Task):
            return NotImplemented
        return (self.title, self.priority, self.tags) == (other.title, other.priority, other.tags)


