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
        return self.base * self.height


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


