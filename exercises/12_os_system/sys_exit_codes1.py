"""Exit codes: what the shell sees when a Python program ends.

Each text in PROGRAMS below is a whole program. When it ends, the program that
started it (a shell, cron, a CI job) gets its exit code: 0 means success,
anything else means failure. Read each program, then answer without running it:
1. EXIT_CODES: the exit code each program ends with, as a number.
2. WRITES_TO_STDERR: the letters of the programs that print something on
   stderr, in any order.
Write your answers out as literals; the tests run the programs to check them.
"""

PROGRAMS = {
    "a": """
import sys
sys.exit()
""",
    "b": """
import sys
sys.exit(3)
""",
    "c": """
import sys
sys.exit("backup failed: disk full")
""",
    "d": """
import sys
print("all good", file=sys.stderr)
""",
    "e": """
raise ValueError("bad input")
""",
    "f": """
import sys
try:
    sys.exit(4)
except Exception:
    print("caught it")
""",
    "g": """
import sys
try:
    sys.exit(5)
finally:
    print("cleaning up")
""",
}

# TODO: replace each None with the exit code of that program
EXIT_CODES = {"a": None, "b": None, "c": None, "d": None, "e": None, "f": None, "g": None}

# TODO: list the letters of the programs that print something on stderr
WRITES_TO_STDERR = []


# --- tests: read them, don't change them ---
import functools
import subprocess
import sys

import pytest
from coursekit import assert_literal

MODULE = sys.modules[__name__]


@functools.cache
def run(letter):
    return subprocess.run([sys.executable, "-c", PROGRAMS[letter]],
                          capture_output=True, text=True, timeout=30)


def test_answers_are_written_out():
    assert_literal(MODULE, "EXIT_CODES")
    assert_literal(MODULE, "WRITES_TO_STDERR")


@pytest.mark.parametrize("letter", sorted(PROGRAMS))
def test_exit_code(letter):
    yours = EXIT_CODES.get(letter)
    assert isinstance(yours, int), f"write the exit code of program {letter!r} as a number"
    assert yours == run(letter).returncode, (
        f"program {letter!r} does not end with exit code {yours}: read it again")


def test_programs_that_write_to_stderr():
    truth = {letter for letter in PROGRAMS if run(letter).stderr.strip()}
    yours = set(WRITES_TO_STDERR)
    for letter in sorted(yours - truth):
        pytest.fail(f"program {letter!r} prints nothing on stderr", pytrace=False)
    missing = len(truth - yours)
    assert not missing, f"{missing} more program(s) print something on stderr"
