"""A filter reads sys.stdin: the other end of a pipe.

`errors [FILE...]` counts the lines that contain "ERROR" and prints the count.
It reads the files named on the command line, one after the other; with no
FILE it reads standard input, so it works in a pipeline:
    journalctl -u web | python errors.py
A FILE named "-" also means standard input.
sys.stdin is an open text file: everything you can do with a file you can do
with it. `main(argv)` returns 0, or 1 after an error on stderr for a file that
can't be read.
"""
import sys


def count_errors(lines):
    return sum(1 for line in lines if "ERROR" in line)


def main(argv=None):
    paths = sys.argv[1:] if argv is None else argv
    total = 0
    if not paths:
        total += count_errors(sys.stdin)
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                total += count_errors(f)
        except OSError as err:
            print(f"errors: {err}", file=sys.stderr)
            return 1
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())


