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
    assert captured.out == ""
    assert captured.err.startswith("error:")


def test_no_arguments_is_a_mistake(capsys):
    code = main([])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.startswith("error:")


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `main` above. Then each broken
# `main` below is put in its place in turn, and your tests run again: for every
# one of them at least one of your tests must fail, or that bug would slip through.

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def main_ignoring_times(argv):
    if not 1 <= len(argv) <= 2:
        print("error: usage: greet NAME [TIMES]", file=sys.stderr)
        return 2
    if len(argv) == 2 and (not argv[1].isdigit() or int(argv[1]) < 1):
        print("error: bad TIMES", file=sys.stderr)
        return 2
    print(f"Hello, {argv[0]}!")
    return 0


def main_with_errors_on_stdout(argv):
    if not 1 <= len(argv) <= 2:
        print("error: usage: greet NAME [TIMES]")
        return 2
    if len(argv) == 2 and (not argv[1].isdigit() or int(argv[1]) < 1):
        print("error: bad TIMES")
        return 2
    for _ in range(int(argv[1]) if len(argv) == 2 else 1):
        print(f"Hello, {argv[0]}!")
    return 0


def main_returning_1_on_a_mistake(argv):
    if not 1 <= len(argv) <= 2:
        print("error: usage: greet NAME [TIMES]", file=sys.stderr)
        return 1
    if len(argv) == 2 and (not argv[1].isdigit() or int(argv[1]) < 1):
        print("error: bad TIMES", file=sys.stderr)
        return 1
    for _ in range(int(argv[1]) if len(argv) == 2 else 1):
        print(f"Hello, {argv[0]}!")
    return 0


def main_accepting_zero(argv):
    if not 1 <= len(argv) <= 2:
        print("error: usage: greet NAME [TIMES]", file=sys.stderr)
        return 2
    if len(argv) == 2 and not argv[1].isdigit():
        print("error: bad TIMES", file=sys.stderr)
        return 2
    for _ in range(int(argv[1]) if len(argv) == 2 else 1):
        print(f"Hello, {argv[0]}!")
    return 0


def main_greeting_before_checking(argv):
    if not 1 <= len(argv) <= 2:
        print("error: usage: greet NAME [TIMES]", file=sys.stderr)
        return 2
    print(f"Hello, {argv[0]}!")
    if len(argv) == 2:
        if not argv[1].isdigit() or int(argv[1]) < 1:
            print("error: bad TIMES", file=sys.stderr)
            return 2
        for _ in range(int(argv[1]) - 1):
            print(f"Hello, {argv[0]}!")
    return 0


def main_crashing_without_arguments(argv):
    if len(argv) > 2:
        print("error: usage: greet NAME [TIMES]", file=sys.stderr)
        return 2
    name = argv[0]
    if len(argv) == 2 and (not argv[1].isdigit() or int(argv[1]) < 1):
        print("error: bad TIMES", file=sys.stderr)
        return 2
    for _ in range(int(argv[1]) if len(argv) == 2 else 1):
        print(f"Hello, {name}!")
    return 0


BROKEN = {
    "a main that greets once whatever TIMES says": main_ignoring_times,
    "a main that prints its errors on stdout": main_with_errors_on_stdout,
    "a main that returns 1 on a mistake": main_returning_1_on_a_mistake,
    "a main that accepts 0 as TIMES": main_accepting_zero,
    "a main that greets once before it checks TIMES": main_greeting_before_checking,
    "a main that crashes without arguments": main_crashing_without_arguments,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "main"): BROKEN[bug]}, bug)
