"""Fixtures for every test in this folder and the folders below it.

pytest finds a file named conftest.py by itself and loads it before the tests
next to it or below it. A test gets one of these fixtures by naming it as a
parameter: there is nothing to import.
"""

import pytest

from library import Library


@pytest.fixture
def library():
    """A library with three books, none of them lent."""
    library = Library()
    library.add_book("978-0", "Ulysses")
    library.add_book("978-1", "Dune")
    library.add_book("978-2", "Emma")
    return library


@pytest.fixture
def lent_library(library):
    """The same three books, with "Dune" (isbn "978-1") lent to "ada"."""
    library.lend("978-1", "ada")
    return library
