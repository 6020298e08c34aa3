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

    def test_pop_returns_the_newest_item_and_removes_it(self):
        self.assertEqual(self.stack.pop(), "second")
        self.assertEqual(len(self.stack), 1)

    def test_peek_returns_the_newest_item_and_keeps_it(self):
        self.assertEqual(self.stack.peek(), "second")
        self.assertEqual(len(self.stack), 2)

    def test_pop_on_an_empty_stack_raises_index_error(self):
        empty = Stack()
        with self.assertRaises(IndexError):
            empty.pop()


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `Stack` above. Then each broken
# `Stack` below is put in its place in turn, and your tests run again: for every
# one of them at least one of your tests must fail, or that bug would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


class StackPoppingTheOldest(Stack):
    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        return self._items.pop(0)


class StackThatKeepsWhatItPops(Stack):
    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty stack")
        return self._items[-1]


class StackWhosePeekRemoves(Stack):
    def peek(self):
        if not self._items:
            raise IndexError("peek at an empty stack")
        return self._items.pop()


class StackPeekingAtTheOldest(Stack):
    def peek(self):
        if not self._items:
            raise IndexError("peek at an empty stack")
        return self._items[0]


class StackReturningNoneWhenEmpty(Stack):
    def pop(self):
        return self._items.pop() if self._items else None


BROKEN = {
    "a Stack whose pop returns the oldest item": StackPoppingTheOldest,
    "a Stack whose pop leaves the item on the stack": StackThatKeepsWhatItPops,
    "a Stack whose peek removes the item": StackWhosePeekRemoves,
    "a Stack whose peek returns the oldest item": StackPeekingAtTheOldest,
    "a Stack whose pop returns None when it is empty": StackReturningNoneWhenEmpty,
}


def test_your_tests_are_methods_of_a_test_case():
    cases = [value for value in vars(THIS).values()
             if isinstance(value, type) and issubclass(value, unittest.TestCase)
             and value.__module__ == __name__]
    methods = [name for case in cases for name in vars(case) if name.startswith("test")]
    assert len(methods) >= 4, (
        f"{len(methods)} test method(s) in unittest.TestCase classes: write one per TODO "
        "as a method of StackTests")


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "Stack"): BROKEN[bug]}, bug)
