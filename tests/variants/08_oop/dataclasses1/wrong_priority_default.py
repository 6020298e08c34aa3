"""Dataclasses.

`@dataclass` writes `__init__`, `__repr__` and `__eq__` for you from the
class's annotated fields. Turn `Task` into a dataclass with the fields
title, priority (default 3) and tags (a NEW empty list for every task:
use `field(default_factory=list)`), in that order.
"""
from dataclasses import dataclass, field


@dataclass
class Task:
    title: str
    priority: int = 1
    tags: list[str] = field(default_factory=list)


