"""Predict: what becomes a docstring.

Read the functions and `main()`, and write in PREDICTION exactly what main()
prints, line by line, before you run anything. Only a string literal that
is the FIRST statement of a function body becomes its docstring: Python
stores it in the function's `__doc__`. A function without one has `__doc__`
set to None. `__doc__` holds the text exactly as written between the quotes;
`help()` and `inspect.getdoc()` show it tidied, with the indentation of the
lines after the first taken away.
"""

import inspect

PREDICTION = """
Return the area of a rectangle.
None
None
None
Return the volume of a box.
Give both values in the same units.|
Give both values in the same units.|
"""

UNIT = "cm"


def area(width, height):
    """Return the area of a rectangle."""
    return width * height


def perimeter(width, height):
    # Return the perimeter of a rectangle.
    return 2 * (width + height)


def diagonal(width, height):
    result = (width ** 2 + height ** 2) ** 0.5
    """Return the length of the diagonal."""
    return result


def describe(width, height):
    f"""Describe a rectangle in {UNIT}."""
    return f"{width} x {height} {UNIT}"


def volume(width, height, depth):
    "Return the volume of a box."
    return width * height * depth


def speed(distance, time):
    """Return the average speed.

    Give both values in the same units.
    """
    return distance / time


def main():
    print(area.__doc__)
    print(perimeter.__doc__)
    print(diagonal.__doc__)
    print(describe.__doc__)
    print(volume.__doc__)
    print(speed.__doc__.splitlines()[2] + "|")
    print(inspect.getdoc(speed).splitlines()[2] + "|")


if __name__ == "__main__":
    main()
