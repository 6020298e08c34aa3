"""Polymorphism: one call, many classes.

Every object passed to `report` has its own `area()` method, so the loop can
just call `thing.area()`, whatever the class is ("duck typing": Python only
cares that the method is there, not which class the object comes from). Give
`Triangle` an `area` method (half of base times height), and replace the
isinstance chain in `report` with that one call, so that `report` works for
any object with an `area()`, even classes it has never heard of.
"""
import math


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2


class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius**2


class Triangle:
    def __init__(self, base, height):
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2


class Room:
    """A room of a floor plan: not a shape class, but it has area() too."""

    def __init__(self, name, width, length):
        self.name = name
        self.width = width
        self.length = length

    def area(self):
        return self.width * self.length


def report(things):
    """One line per thing: its class name and its area with two decimals."""
    lines = []
    for thing in things:
        lines.append(f"{type(thing).__name__}: {thing.area():.2f}")
    return lines


# --- tests: read them, don't change them ---


def test_triangle_area():
    assert Triangle(4, 5).area() == 10
    assert Triangle(3, 3).area() == 4.5


def test_report_of_shapes_and_a_room():
    things = [Square(3), Circle(1), Triangle(4, 5), Room("Kitchen", 4, 3)]
    assert report(things) == ["Square: 9.00", "Circle: 3.14", "Triangle: 10.00", "Room: 12.00"]


def test_report_works_for_a_class_it_does_not_know():
    class Garden:
        def area(self):
            return 7.25

    assert report([Garden()]) == ["Garden: 7.25"]


def test_report_asks_each_object_for_its_area():
    class TinySquare(Square):
        def area(self):
            return super().area() / 100

    assert report([TinySquare(5), Square(5)]) == ["TinySquare: 0.25", "Square: 25.00"]
