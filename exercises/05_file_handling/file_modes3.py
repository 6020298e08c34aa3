"""Predict what the file holds: modes, and where reading and writing happen.

The program is below the tests line: read it (don't change it) and write in PREDICTION the
four lines it prints, before you run anything. You need:
- "w" empties the file as soon as it is opened, even if nothing is written; "a" writes at the
  end; "r+" reads and writes from the start, over what is there, without emptying the file.
- write() adds no newline of its own.
- A file object remembers its position: read() continues where the last read stopped, and
  at the end it gives "".
Then run the check: a wrong line is named, but the answer is not given.
"""

# TODO: the four lines the program prints, one per line, exactly as print() shows them
PREDICTION = """
"""

# --- tests: read them, don't change them ---
# The program (it runs in a fresh, empty folder):


def program(folder):
    path = folder / "notes.txt"

    with open(path, "w", encoding="utf-8") as f:
        f.write("alpha\n")
        f.write("beta")
    with open(path, "a", encoding="utf-8") as f:
        f.write("gamma\n")
    print(path.read_text(encoding="utf-8").splitlines())

    with open(path, encoding="utf-8") as f:
        first = f.readline()
        rest = f.read()
        more = f.read()
    print(first.strip(), rest.split(), more == "")

    with open(path, "r+", encoding="utf-8") as f:
        f.write("ALP")
    print(path.read_text(encoding="utf-8").splitlines())

    with open(path, "w", encoding="utf-8") as f:
        pass
    print(path.read_text(encoding="utf-8") == "")


# The checks:
import sys

from coursekit import assert_literal, assert_prediction


def test_prediction_is_written_out():
    assert_literal(sys.modules[__name__], "PREDICTION")


def test_prediction_matches_the_output(tmp_path, capsys):
    program(tmp_path)
    assert_prediction(PREDICTION, capsys.readouterr().out)
