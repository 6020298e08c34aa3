class Book:
    def __init__(self, title, author, year=None):
        self.title = title
        self.author = author
        self.year = year

    @staticmethod
    def from_line(line):
        parts = line.split(";")
        if len(parts) == 3:
            return Book(parts[0], parts[1], int(parts[2]))
        return Book(parts[0], parts[1])

    def describe(self):
        if self.year is None:
            return f"{self.title} by {self.author}"
        return f"{self.title} by {self.author} ({self.year})"
