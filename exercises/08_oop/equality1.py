"""Predict: what == and hash() do for your own classes.

Read `main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything. `Point` defines no comparison at all; `Tag`
defines `__eq__` but no `__hash__`. Remember that `x in some_list` uses
`==`, while a set needs a hash for each of its members.
"""

# TODO: write what main() prints, between the triple quotes.
PREDICTION = """
"""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name == other.name


def main():
    p, q = Point(1, 2), Point(1, 2)
    print(p == q, p is q, p == p)
    print(q in [p], p in [p])
    print(len({p, q, p}))
    t, u = Tag("web"), Tag("web")
    print(t == u, t is u, t != u)
    print(u in [t], Tag("db") in [t, u])
    print(Tag.__hash__)
    try:
        print(len({t, u}))
    except TypeError as error:
        print(type(error).__name__)


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
