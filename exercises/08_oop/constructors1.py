"""Constructors: __init__ and alternative constructors.

`__init__` sets up every new object. Make `Book.__init__` store the year
too (None when it isn't given), and finish the class method `from_line`,
which builds a Book from a line such as "Dune;Frank Herbert;1965" (the
year may be missing: "Dune;Frank Herbert"). The year is always an int.
`from_line` builds the object by calling `cls`, so on a subclass it makes
an object of that subclass: keep it that way.
"""


class Book:
    def __init__(self, title, author, year=None):
        self.title = title
        self.author = author
        # TODO: store the year as well.

    @classmethod
    def from_line(cls, line):
        parts = line.split(";")
        # TODO: pass the year on too, as an int, when the line has one.
        return cls(parts[0], parts[1])

    def describe(self):
        if self.year is None:
            return f"{self.title} by {self.author}"
        return f"{self.title} by {self.author} ({self.year})"


# --- tests: read them, don't change them ---


def test_init_stores_every_attribute():
    book = Book("Dune", "Frank Herbert", 1965)
    assert (book.title, book.author, book.year) == ("Dune", "Frank Herbert", 1965)


def test_year_defaults_to_none():
    book = Book("Emma", "Jane Austen")
    assert book.year is None
    assert book.describe() == "Emma by Jane Austen"


def test_from_line_with_year():
    book = Book.from_line("Dune;Frank Herbert;1965")
    assert (book.title, book.author, book.year) == ("Dune", "Frank Herbert", 1965)
    assert book.describe() == "Dune by Frank Herbert (1965)"


def test_from_line_without_year():
    book = Book.from_line("Emma;Jane Austen")
    assert (book.title, book.author, book.year) == ("Emma", "Jane Austen", None)


def test_from_line_on_a_subclass_builds_the_subclass():
    class Ebook(Book):
        pass

    assert type(Ebook.from_line("Dune;Frank Herbert;1965")) is Ebook
