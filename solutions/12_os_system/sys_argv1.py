"""A command-line program talks through sys.argv, stdout, stderr and its exit code.

`main(argv)` adds up the numbers it is given and prints the total to stdout,
returning exit code 0. With no numbers it prints a usage line to STDERR and
returns 2; with an argument that is not a number it prints an error to stderr
and returns 1. When `argv` is None, main reads the real command line.
"""
import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    if not argv:
        print("usage: total NUMBER...", file=sys.stderr)
        return 2
    try:
        numbers = [float(arg) for arg in argv]
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    total = sum(numbers)
    print(int(total) if total.is_integer() else total)
    return 0


if __name__ == "__main__":
    sys.exit(main())


# --- tests: read them, don't change them ---
import subprocess
import sys


def exit_code(argv):
    """main's return value, or the code of a SystemExit it raised."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def test_prints_the_total(capsys):
    assert exit_code(["1", "2", "3"]) == 0
    assert capsys.readouterr().out == "6\n"


def test_prints_a_fractional_total(capsys):
    assert exit_code(["1.5", "1"]) == 0
    assert capsys.readouterr().out == "2.5\n"


def test_no_arguments_is_a_usage_error(capsys):
    assert exit_code([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() != ""


def test_not_a_number_is_an_error(capsys):
    assert exit_code(["4", "four"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() != ""


def run_script(*args):
    return subprocess.run([sys.executable, __file__, *args],
                          capture_output=True, text=True, timeout=30)


def test_run_as_a_script():
    result = run_script("40", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "42\n"


def test_script_exit_code_without_arguments():
    result = run_script()
    assert result.returncode == 2
    assert result.stdout == ""
