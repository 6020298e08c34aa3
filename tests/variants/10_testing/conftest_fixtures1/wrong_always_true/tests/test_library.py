"""Shared fixtures in conftest.py.

The fixtures `library` and `lent_library` live in conftest.py, in the folder
above this one. pytest gives them to any test here that names them as
parameters, with no import, and builds a fresh one for each test. Read
conftest.py, then write the tests of the TODOs in this file, each taking one of
those two fixtures as a parameter. `Library` (in library.py) is correct.
"""

import pytest


def test_a_new_library_has_every_book_available(library):
    assert library.available() == ["Dune", "Emma", "Ulysses"]


def test_lending(library):
    library.lend("978-2", "bob")
    assert library.available()


def test_lend_twice(lent_library):
    try:
        lent_library.lend("978-1", "bob")
    except ValueError:
        pass


def test_unknown(library):
    try:
        library.lend("000-0", "bob")
    except LookupError:
        pass


def test_give_back(lent_library):
    lent_library.give_back("978-1")
    assert isinstance(lent_library.available(), list)


def test_loans(lent_library):
    assert len(lent_library.loans_of("ada")) == 1
