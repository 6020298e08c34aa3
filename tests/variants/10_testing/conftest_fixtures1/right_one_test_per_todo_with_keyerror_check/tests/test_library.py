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


def test_lend(library):
    before = library.available()
    library.lend("978-1", "ada")
    assert library.available() == [title for title in before if title != "Dune"]


def test_lend_twice(lent_library):
    pytest.raises(ValueError, lent_library.lend, "978-1", "ada")


def test_lend_unknown(library):
    with pytest.raises(LookupError):
        library.lend("123", "ada")
    assert library.loans_of("ada") == []


def test_give_back(lent_library):
    lent_library.give_back("978-1")
    assert sorted(lent_library.available()) == ["Dune", "Emma", "Ulysses"]
    assert lent_library.loans_of("ada") == []


def test_loans_of(lent_library):
    assert (lent_library.loans_of("ada"), lent_library.loans_of("zoe")) == (["Dune"], [])
