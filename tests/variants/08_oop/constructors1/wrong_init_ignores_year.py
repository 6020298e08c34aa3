class Book:
    def __init__(self, title, author, year=None):
        self.title = title
        self.author = author
        self.year = None

    @classmethod
    def from_line(cls, line):
        parts = line.split(";")
        book = cls(parts[0], parts[1])
        if len(parts) > 2:
            book.year = int(parts[2])
        return book

    def describe(self):
        if self.year is None:
            return f"{self.title} by {self.author}"
        return f"{self.title} by {self.author} ({self.year})"
