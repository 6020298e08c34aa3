"""Shared fixtures in conftest.py.

The fixtures `library` and `lent_library` live in conftest.py, in the folder
above this one. pytest gives them to any test here that names them as
parameters, with no import, and builds a fresh one for each test. Read
conftest.py, then write the tests of the TODOs in this file, each taking one of
those two fixtures as a parameter. `Library` (in library.py) is correct.
"""

import pytest

from library import Library


def make_library():
    library = Library()
    library.add_book("978-0", "Ulysses")
    library.add_book("978-1", "Dune")
    library.add_book("978-2", "Emma")
    return library


def test_a_new_library_has_every_book_available(library):
    assert library.available() == ["Dune", "Emma", "Ulysses"]


def test_lending_takes_a_book_out_of_available():
    library = make_library()
    library.lend("978-2", "bob")
    assert library.available() == ["Dune", "Ulysses"]


def test_a_lent_book_cannot_be_lent_again():
    library = make_library()
    library.lend("978-1", "ada")
    with pytest.raises(ValueError):
        library.lend("978-1", "bob")


def test_lending_an_unknown_book_raises_lookup_error():
    with pytest.raises(LookupError):
        make_library().lend("000-0", "bob")


def test_giving_a_book_back_makes_it_available():
    library = make_library()
    library.lend("978-1", "ada")
    library.give_back("978-1")
    assert library.available() == ["Dune", "Emma", "Ulysses"]


def test_loans_of_lists_only_the_members_books():
    library = make_library()
    library.lend("978-1", "ada")
    assert library.loans_of("ada") == ["Dune"]
    assert library.loans_of("bob") == []
