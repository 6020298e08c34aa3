"""Polymorphism: one loop, many classes.

Every object in `things` has its own `area()` method, so the loop can just
call `thing.area()` whatever the class is ("duck typing": no common base
class needed). Give `Triangle` an `area` method (half of base times
height) and replace the isinstance chain with that one call.
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


things = [Square(3), Circle(1), Triangle(4, 5), Room("Kitchen", 4, 3)]
for thing in things:
    print(f"{type(thing).__name__}: {thing.area():.2f}")
