"""Predict: which method runs?

When a method calls `self.area()`, Python looks `area` up on the object's
own class first, whichever class the calling method was written in. Read
`main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything.
"""

# TODO: write what main() prints, between the triple quotes.
PREDICTION = """
"""


class Shape:
    def name(self):
        return "shape"

    def area(self):
        return 0

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def name(self):
        return "square"

    def area(self):
        return self.side**2


class Cube(Square):
    def name(self):
        return "cube"

    def area(self):
        return 6 * super().area()


class Label:
    def describe(self):
        return "just a label"


def main():
    for thing in [Shape(), Square(3), Cube(2), Label()]:
        print(thing.describe())
    print(Cube.describe is Shape.describe)
    print(isinstance(Cube(1), Square), isinstance(Label(), Shape))
    print(sum(thing.area() for thing in [Square(1), Cube(1), Shape()]))


if __name__ == "__main__":
    main()


# --- tests: read them, don't change them ---

import sys

from coursekit import assert_literal, assert_prediction


def test_prediction_is_written_out():
    assert_literal(sys.modules[__name__], "PREDICTION")


def test_prediction_matches_what_main_prints(capsys):
    main()
    assert_prediction(PREDICTION, capsys.readouterr().out)
