"""Attributes and methods.

A method is a function defined in a class: it receives the object as
`self` and reads or changes that object's attributes through it. Finish
`area` and fix `scale` so that it changes the rectangle itself.
"""


class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        # TODO: return the width times the height of THIS rectangle.
        return 0

    def perimeter(self):
        return 2 * (self.width + self.height)

    def scale(self, factor):
        # TODO: these are only local variables; change the attributes instead.
        width = self.width * factor
        height = self.height * factor


# --- tests: read them, don't change them ---


def test_area_uses_the_rectangles_own_size():
    assert Rectangle(3, 4).area() == 12
    assert Rectangle(2, 5).area() == 10


def test_perimeter():
    assert Rectangle(3, 4).perimeter() == 14


def test_scale_changes_the_rectangle():
    rect = Rectangle(3, 4)
    rect.scale(2)
    assert rect.width == 6
    assert rect.height == 8
    assert rect.area() == 48


def test_scale_leaves_other_rectangles_alone():
    first = Rectangle(1, 1)
    second = Rectangle(1, 1)
    first.scale(3)
    assert (second.width, second.height) == (1, 1)
