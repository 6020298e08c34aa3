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
    # TODO: no FILE means standard input, read to its end: input() reads
    #       only ONE line.
    if not paths:
        total += count_errors([input()])
    for path in paths:
        # TODO: "-" means standard input, not a file named "-"
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


# --- tests: read them, don't change them ---
import io
import subprocess
import sys

import pytest

PIPED = "INFO start\nERROR disk full\nINFO retry\nERROR disk still full\nERROR gave up\n"


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "web.log"
    path.write_text("ERROR timeout\nINFO ok\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PIPED))


def test_counts_a_file(log_file, capsys):
    assert main([log_file]) == 0
    assert capsys.readouterr().out == "1\n"


def test_no_file_reads_all_of_stdin(stdin, capsys):
    assert main([]) == 0
    assert capsys.readouterr().out == "3\n"


def test_dash_reads_stdin_between_files(log_file, stdin, capsys):
    assert main([log_file, "-", log_file]) == 0, '"-" is standard input, not a file'
    assert capsys.readouterr().out == "5\n"


def test_unreadable_file_is_an_error(tmp_path, capsys):
    assert main([str(tmp_path / "missing.log")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() != ""


def test_in_a_pipeline():
    result = subprocess.run([sys.executable, __file__], input=PIPED,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3\n", "piped into the program, the 5 lines were not all read"
