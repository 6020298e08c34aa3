"""Predict: class attributes seen through objects.

Read `main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything. Two things to tell apart: ASSIGNING to an
attribute through an object (`obj.x = ...`) and CHANGING the object an
attribute refers to (`obj.items.append(...)`). `vars(obj)` is the dict of
the attributes stored on that one object.
"""

import contextlib
import io

_buffer = io.StringIO()
with contextlib.redirect_stdout(_buffer):
    exec(compile("""
class C:
    step = 1
    history = []
a, b = C(), C()
a.name, b.name = "a", "b"
a.step = 5
print(a.step, b.step, C.step)
C.step = 2
print(a.step, b.step)
a.history.append("a1")
print(b.history)
b.history = ["b1"]
print(a.history, b.history, C.history)
print(sorted(vars(a)), sorted(vars(b)))
""", "x", "exec"))
PREDICTION = _buffer.getvalue()


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


