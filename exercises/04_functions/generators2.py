"""Predict: generators are lazy, and they run out.

Read `countdown` and `main()`, and write in PREDICTION exactly what main()
prints, line by line, before you run anything. Calling a generator function
runs none of its body yet. Each `next()`, or each turn of a `for` loop, runs
the body up to the next `yield`. And once a generator is finished, it stays
finished.
"""

# TODO: write what main() prints, between the triple quotes.
PREDICTION = """
"""


def countdown(start):
    print("counting from", start)
    number = start
    while number > 0:
        yield number
        number -= 1
    print("lift-off")


def main():
    numbers = countdown(3)
    print("made the generator")
    print("next gives", next(numbers))
    for number in numbers:
        print("loop gives", number)
    print("again:", list(numbers))

    squares = (n * n for n in [1, 2, 3])
    print(sum(squares), sum(squares))


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
