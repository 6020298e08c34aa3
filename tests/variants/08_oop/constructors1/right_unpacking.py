class Book:
    def __init__(self, title, author, year=None):
        self.title = title
        self.author = author
        self.year = year

    @classmethod
    def from_line(cls, line):
        title, author, *rest = line.split(";")
        year = int(rest[0]) if rest else None
        return cls(title, author, year)

    def describe(self):
        if self.year is None:
            return f"{self.title} by {self.author}"
        return f"{self.title} by {self.author} ({self.year})"
