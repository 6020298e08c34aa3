"""Unit testing basics: the standard library's `unittest`.

Python ships a test framework of its own, `unittest`: tests are methods named
`test...` of a class that inherits from `unittest.TestCase`, `setUp` runs before
each of them, and methods such as `self.assertEqual` check the results. pytest
runs these classes too. `Stack` is correct and one test is written: write one
test method per TODO, in the same class.
"""

import unittest


class Stack:
    """Last in, first out."""

    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        """Remove and return the newest item; IndexError when the stack is empty."""
        if not self._items:
            raise IndexError("pop from an empty stack")
        return self._items.pop()

    def peek(self):
        """Return the newest item without removing it; IndexError when empty."""
        if not self._items:
            raise IndexError("peek at an empty stack")
        return self._items[-1]

    def __len__(self):
        return len(self._items)


class StackTests(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()
        self.stack.push("first")
        self.stack.push("second")

    def test_len_counts_the_items(self):
        self.assertEqual(len(self.stack), 2)


import pytest


def make_stack():
    stack = Stack()
    stack.push("first")
    stack.push("second")
    return stack


def test_pop():
    stack = make_stack()
    assert stack.pop() == "second"
    assert len(stack) == 1


def test_peek():
    stack = make_stack()
    assert stack.peek() == "second"
    assert len(stack) == 2


def test_pop_on_empty():
    with pytest.raises(IndexError):
        Stack().pop()
