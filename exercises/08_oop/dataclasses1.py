"""Dataclasses.

`@dataclass` writes `__init__`, `__repr__` and `__eq__` for you from the
class's annotated fields. Turn `Task` into a dataclass with the fields
title, priority (default 3) and tags (a NEW empty list for every task:
use `field(default_factory=list)`), in that order.
"""
from dataclasses import dataclass, field


# TODO: make Task a dataclass and let it generate __init__ for you.
class Task:
    def __init__(self, title, priority=3, tags=[]):
        self.title = title
        self.priority = priority
        self.tags = tags


# --- tests: read them, don't change them ---

import dataclasses


def test_task_is_a_dataclass():
    assert dataclasses.is_dataclass(Task)


def test_fields_and_defaults():
    task = Task("Write docs")
    assert (task.title, task.priority, task.tags) == ("Write docs", 3, [])
    assert Task("Fix bug", 1).priority == 1


def test_repr_shows_the_fields():
    assert repr(Task("Fix bug", 1, ["urgent"])) == (
        "Task(title='Fix bug', priority=1, tags=['urgent'])"
    )


def test_tasks_with_the_same_values_are_equal():
    assert Task("Fix bug", 1) == Task("Fix bug", 1)
    assert Task("Fix bug", 1) != Task("Fix bug", 2)


def test_every_task_gets_its_own_tags_list():
    first = Task("A")
    second = Task("B")
    first.tags.append("home")
    assert second.tags == []
