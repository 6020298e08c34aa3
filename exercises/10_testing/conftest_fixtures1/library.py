"""A small lending library. It is correct: you write its tests, in tests/test_library.py."""


class Library:
    def __init__(self):
        self._titles = {}
        self._borrowers = {}

    def add_book(self, isbn, title):
        self._titles[isbn] = title

    def lend(self, isbn, member):
        """Lend a book to `member`. LookupError if the library has no book with this
        isbn, ValueError if the book is already lent."""
        if isbn not in self._titles:
            raise LookupError(f"no book with isbn {isbn}")
        if isbn in self._borrowers:
            raise ValueError(f"{self._titles[isbn]} is already lent")
        self._borrowers[isbn] = member

    def give_back(self, isbn):
        """Take a lent book back. ValueError if it isn't lent."""
        if isbn not in self._borrowers:
            raise ValueError(f"{self._titles.get(isbn, isbn)} is not lent")
        del self._borrowers[isbn]

    def available(self):
        """The titles of the books that are not lent, sorted."""
        return sorted(
            title for isbn, title in self._titles.items() if isbn not in self._borrowers
        )

    def loans_of(self, member):
        """The titles of the books lent to `member`, sorted."""
        return sorted(
            self._titles[isbn] for isbn, who in self._borrowers.items() if who == member
        )
