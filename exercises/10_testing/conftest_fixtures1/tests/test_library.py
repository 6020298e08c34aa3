"""Shared fixtures in conftest.py.

The fixtures `library` and `lent_library` live in conftest.py, in the folder
above this one. pytest gives them to any test here that names them as
parameters, with no import, and builds a fresh one for each test. Read
conftest.py, then write the tests of the TODOs in this file, each taking one of
those two fixtures as a parameter. `Library` (in library.py) is correct.
"""


def test_a_new_library_has_every_book_available(library):
    assert library.available() == ["Dune", "Emma", "Ulysses"]


# TODO: lending a book takes it out of available()


# TODO: lending a book that is already lent raises ValueError


# TODO: lending a book the library doesn't have raises LookupError


# TODO: giving a lent book back makes it available again


# TODO: loans_of gives the books lent to ada, and nothing to someone else
