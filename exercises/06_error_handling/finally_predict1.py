"""Predict the path an exception takes through try / except / else / finally.

The program is below the tests line: read it (don't change it) and write in PREDICTION the
five lines it prints, before you run anything. What you need:
- `except ValueError:` runs only for a ValueError (or a subclass); any other exception goes on
  up to the caller, to the next try that handles it.
- `else:` runs only when the try block raised nothing.
- `finally:` runs on every way out of the try statement: after the try or the else block,
  after an except block, after a `return`, and while an exception goes on up.
- A `return` works out its value first; then the finally block runs.
Then run the check: a wrong line is named, but the answer is not given.
"""

# TODO: the five lines the program prints, one per line, exactly as print() shows them
PREDICTION = """
"""

# --- tests: read them, don't change them ---
# The program:


def attempt(action, log):
    try:
        log.append("try")
        value = action()
    except ValueError:
        log.append("except")
        return "recovered"
    else:
        log.append("else")
        return value
    finally:
        log.append("finally")


def count_and_return():
    count = 1
    try:
        return count
    finally:
        count = count + 10
        print("finally sees", count)


def program():
    actions = [lambda: "ok", lambda: int("ten"), lambda: 1 / 0]
    for action in actions:
        log = []
        try:
            result = attempt(action, log)
        except ZeroDivisionError:
            result = "crashed"
        print(result, log)
    print("returned", count_and_return())


# The checks:
import sys

from coursekit import assert_literal, assert_prediction


def test_prediction_is_written_out():
    assert_literal(sys.modules[__name__], "PREDICTION")


def test_prediction_matches_the_output(capsys):
    program()
    assert_prediction(PREDICTION, capsys.readouterr().out)
