"""A command-line interface with argparse.

`build_parser()` describes `rotate DIRECTORY [--keep N] [--dry-run] [-v]`:
DIRECTORY is required; --keep is an int, default 5; --dry-run is a flag (True
when given, False otherwise); -v/--verbose can be repeated (-vv is 2, default 0).
`main(argv)` parses `argv` and prints "rotating DIRECTORY, keeping N" (or
"would rotate DIRECTORY, keeping N" for a dry run), then returns exit code 0.
"""
import argparse


def build_parser():
    parser = argparse.ArgumentParser(prog="rotate", description="Rotate old log files.")
    parser.add_argument("directory", help="folder that holds the logs")
    parser.add_argument("--keep", type=int, default=5, help="how many logs to keep (default 5)")
    parser.add_argument("--dry-run", action="store_true", help="only show what would happen")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more output; repeat for even more")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    verb = "would rotate" if args.dry_run else "rotating"
    print(f"{verb} {args.directory}, keeping {args.keep}")
    return 0


# --- tests: read them, don't change them ---
import pytest


def parse(*argv):
    return build_parser().parse_args(list(argv))


def test_defaults():
    args = parse("/var/log/app")
    assert (args.directory, args.keep, args.dry_run, args.verbose) == ("/var/log/app", 5, False, 0)


def test_keep_is_an_int():
    assert parse("/var/log/app", "--keep", "3").keep == 3


def test_dry_run_is_a_flag():
    assert parse("/var/log/app", "--dry-run").dry_run is True


def test_verbose_counts():
    assert parse("/logs", "-vv").verbose == 2
    assert parse("/logs", "--verbose", "-v", "--verbose").verbose == 3


def test_options_may_come_first():
    args = parse("--keep", "10", "--dry-run", "/logs")
    assert (args.directory, args.keep, args.dry_run) == ("/logs", 10, True)


def test_keep_must_be_a_number(capsys):
    with pytest.raises(SystemExit) as info:
        parse("/logs", "--keep", "three")
    assert info.value.code == 2
    assert "--keep" in capsys.readouterr().err


def test_directory_is_required():
    with pytest.raises(SystemExit) as info:
        parse("--dry-run")
    assert info.value.code == 2


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as info:
        parse("--help")
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--keep" in out and "--dry-run" in out and "--verbose" in out


def test_main_dry_run(capsys):
    assert main(["/var/log/app", "--keep", "2", "--dry-run"]) == 0
    assert capsys.readouterr().out == "would rotate /var/log/app, keeping 2\n"


def test_main_for_real(capsys):
    assert main(["/var/log/app"]) == 0
    assert capsys.readouterr().out == "rotating /var/log/app, keeping 5\n"
