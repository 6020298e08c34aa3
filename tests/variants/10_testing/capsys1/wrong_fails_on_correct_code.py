"""Capturing output in tests: pytest's `capsys` fixture.

`main` is a small command-line program, correct as it is: `main(["Ada", "3"])`
greets Ada three times. A test that takes the parameter `capsys` can read what
was printed so far with `capsys.readouterr()`, which returns an object with
`.out` (what went to stdout) and `.err` (stderr). Write the tests of the TODOs
in the shape of the first one: each checks the exit code `main` returns, what
it printed on stdout, and what it printed on stderr.
"""

import sys


def main(argv: list[str]) -> int:
    """greet NAME [TIMES]: print "Hello, NAME!" TIMES times (default 1), return 0.

    On a mistake (no NAME, more than two arguments, or a TIMES that is not a whole
    number of 1 or more) print one line starting with "error:" on stderr, nothing
    on stdout, and return 2.
    """
    if not 1 <= len(argv) <= 2:
        print("error: usage: greet NAME [TIMES]", file=sys.stderr)
        return 2
    name = argv[0]
    times = 1
    if len(argv) == 2:
        if not argv[1].isdigit() or int(argv[1]) < 1:
            print(f"error: TIMES must be a whole number of 1 or more, not {argv[1]!r}",
                  file=sys.stderr)
            return 2
        times = int(argv[1])
    for _ in range(times):
        print(f"Hello, {name}!")
    return 0


def test_greets_once_by_default(capsys):
    code = main(["Ada"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out == "Hello, Ada!\n"
    assert captured.err == ""


def test_greets_times_times(capsys):
    code = main(["Bo", "3"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out == "Hello, Bo!\n" * 3
    assert captured.err == ""


def test_zero_times_is_a_mistake(capsys):
    code = main(["Bo", "0"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out.startswith("error:")


def test_no_arguments_is_a_mistake(capsys):
    code = main([])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.startswith("error:")
