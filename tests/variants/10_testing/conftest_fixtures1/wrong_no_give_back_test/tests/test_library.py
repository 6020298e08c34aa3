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


def test_lending_takes_a_book_out_of_available(library):
    library.lend("978-2", "bob")
    assert library.available() == ["Dune", "Ulysses"]


def test_a_lent_book_cannot_be_lent_again(lent_library):
    with pytest.raises(ValueError):
        lent_library.lend("978-1", "bob")


def test_lending_an_unknown_book_raises_lookup_error(library):
    with pytest.raises(LookupError):
        library.lend("000-0", "bob")


def test_loans_of_lists_only_the_members_books(lent_library):
    assert lent_library.loans_of("ada") == ["Dune"]
    assert lent_library.loans_of("bob") == []
