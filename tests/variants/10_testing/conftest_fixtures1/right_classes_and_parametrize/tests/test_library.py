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


class TestLending:
    def test_lent_book_leaves_available(self, library):
        library.lend("978-0", "cy")
        assert "Ulysses" not in library.available()
        assert library.available() == ["Dune", "Emma"]

    def test_lending_twice(self, lent_library):
        with pytest.raises(ValueError, match="already lent"):
            lent_library.lend("978-1", "ada")

    @pytest.mark.parametrize("isbn", ["000-0", "978-9", ""])
    def test_unknown_books(self, library, isbn):
        with pytest.raises(LookupError):
            library.lend(isbn, "cy")


class TestReturning:
    def test_returned_book_is_available(self, lent_library):
        assert "Dune" not in lent_library.available()
        lent_library.give_back("978-1")
        assert "Dune" in lent_library.available()

    @pytest.mark.parametrize("member, titles", [("ada", ["Dune"]), ("cy", [])])
    def test_loans_of(self, lent_library, member, titles):
        assert lent_library.loans_of(member) == titles
