"""Syntax error or runtime error? Read each snippet and say what happens when it runs.

Below the tests line, SNIPPETS holds ten tiny programs. For each one, write in OUTCOMES what
happens when it is run as a file of its own:
- "SyntaxError" when Python refuses to start it at all: the code is not valid Python, which is
  found while the whole file is parsed, before any line runs;
- the name of the exception raised while it runs ("TypeError", "KeyError", ...) when it is
  valid Python, starts, and then a line fails;
- "no error" when it runs to the end.
Then list in PRINTS_FIRST the numbers of the snippets that print something before they stop.

Work it out by reading, not by running them. The checks run the snippets and name the answers
that are wrong, without giving the right ones.
"""

# TODO: one outcome per snippet
OUTCOMES = {
    1: "",
    2: "",
    3: "",
    4: "",
    5: "",
    6: "",
    7: "",
    8: "",
    9: "",
    10: "",
}

# TODO: the numbers of the snippets that print something before they stop
PRINTS_FIRST = []

# --- tests: read them, don't change them ---
# The snippets (each is a whole program; "\n" ends a line):
SNIPPETS = {
    1: 'print("Disk report")\nprint("/var:", 93 "%")\n',
    2: 'ports = [22, 80, 443]\nprint(ports[3])\n',
    3: 'host = "web01"\nprint(hots)\n',
    4: 'if used = 93:\n    print("full")\n',
    5: 'def check():\n    return undefined_name\n',
    6: 'print("checking")\nsize = int("12 GB")\n',
    7: 'config = {"port": 22}\nprint(config["host"])\n',
    8: 'print("start")\nfor host in ["web01", "db01"]\n    print(host)\n',
    9: 'total = "Total: " + 42\n',
    10: 'print("start")\nprint(10 / 0)\n',
}

# The checks:
import contextlib
import io
import sys

import pytest
from coursekit import assert_literal


def run_snippet(number):
    """What really happens: (outcome, printed text)."""
    printed = io.StringIO()
    try:
        code = compile(SNIPPETS[number], f"snippet {number}", "exec")
    except SyntaxError:
        return "SyntaxError", ""
    try:
        with contextlib.redirect_stdout(printed):
            exec(code, {})
    except Exception as err:
        return type(err).__name__, printed.getvalue()
    return "no error", printed.getvalue()


def test_answers_are_written_out():
    module = sys.modules[__name__]
    assert_literal(module, "OUTCOMES")
    assert_literal(module, "PRINTS_FIRST")


@pytest.mark.parametrize("number", list(SNIPPETS))
def test_outcome(number):
    answer = OUTCOMES.get(number, "")
    if not isinstance(answer, str) or not answer.strip():
        pytest.fail(f"snippet {number}: write its outcome in OUTCOMES[{number}]", pytrace=False)
    outcome, _ = run_snippet(number)
    if answer.strip().lower() != outcome.lower():
        pytest.fail(f"snippet {number}: {answer!r} is not what happens. Is it valid Python? "
                    "If so, which line fails while it runs, and how?", pytrace=False)


def test_which_snippets_print_first():
    printing = {number for number in SNIPPETS if run_snippet(number)[1]}
    if set(PRINTS_FIRST) != printing:
        pytest.fail("PRINTS_FIRST is not right: for each snippet with a print(), ask whether "
                    "Python ever starts running it, and whether the print() comes before the "
                    "line that fails", pytrace=False)
