"""Predict: class attributes seen through objects.

Read `main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything. Two things to tell apart: ASSIGNING to an
attribute through an object (`obj.x = ...`) and CHANGING the object an
attribute refers to (`obj.items.append(...)`). `vars(obj)` is the dict of
the attributes stored on that one object.
"""

PREDICTION = """
5 5 5
2 2
['a1']
['a1'] ['b1'] ['a1']
['name', 'step'] ['history', 'name']
"""


class Counter:
    step = 1
    history = []

    def __init__(self, name):
        self.name = name


def main():
    a = Counter("a")
    b = Counter("b")
    a.step = 5
    print(a.step, b.step, Counter.step)
    Counter.step = 2
    print(a.step, b.step)
    a.history.append("a1")
    print(b.history)
    b.history = ["b1"]
    print(a.history, b.history, Counter.history)
    print(sorted(vars(a)), sorted(vars(b)))


if __name__ == "__main__":
    main()


