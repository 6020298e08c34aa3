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

EXIT_CODES = {"a": 0, "b": 3, "c": 1, "d": 0, "e": 1, "f": 4, "g": 5}

WRITES_TO_STDERR = ["c", "d", "e", "g"]


