"""Subcommands: one tool, several actions, like `git commit` and `git push`.

`build_parser()` describes
    backupctl [-v] create HOST [--compress]
    backupctl [-v] list [--limit N]
    backupctl [-v] restore HOST SNAPSHOT [--yes]
Each subcommand has its own arguments (add_subparsers), and its function is
attached with set_defaults(func=...), so main simply calls args.func(args)
and returns that exit code. Calling backupctl without a subcommand is a usage
error: argparse prints the usage to stderr and exits with code 2.
"""
import argparse
import sys

SNAPSHOTS = ["web1@2024-03-01", "web1@2024-03-02", "db1@2024-03-02", "web1@2024-03-03"]


def create(args):
    extra = " (compressed)" if args.compress else ""
    print(f"created a snapshot of {args.host}{extra}")
    return 0


def list_snapshots(args):
    for name in SNAPSHOTS[-args.limit:]:
        print(name)
    return 0


def restore(args):
    if not args.yes:
        print(f"restoring {args.host} from {args.snapshot} overwrites it: add --yes",
              file=sys.stderr)
        return 1
    print(f"restored {args.host} from {args.snapshot}")
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="backupctl")
    parser.add_argument("-v", "--verbose", action="store_true")
    # TODO: without a subcommand, argparse must stop with a usage error
    commands = parser.add_subparsers(dest="command")

    create_parser = commands.add_parser("create", help="take a snapshot of HOST")
    create_parser.add_argument("host")
    create_parser.add_argument("--compress", action="store_true")
    create_parser.set_defaults(func=create)

    list_parser = commands.add_parser("list", help="show the newest snapshots")
    list_parser.add_argument("--limit", type=int, default=10)
    list_parser.set_defaults(func=list_snapshots)

    # TODO: add the `restore` subcommand: HOST, SNAPSHOT and a --yes flag,
    #       calling restore()
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())


# --- tests: read them, don't change them ---
import pytest


def run(argv):
    """main's exit code, also when argparse exits with SystemExit."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def test_create(capsys):
    assert run(["create", "web1", "--compress"]) == 0
    assert capsys.readouterr().out == "created a snapshot of web1 (compressed)\n"


def test_list_with_a_limit(capsys):
    assert run(["list", "--limit", "2"]) == 0
    assert capsys.readouterr().out == "db1@2024-03-02\nweb1@2024-03-03\n"


def test_global_option_before_the_subcommand(capsys):
    assert run(["-v", "create", "db1"]) == 0
    assert capsys.readouterr().out == "created a snapshot of db1\n"


def test_restore_needs_yes(capsys):
    assert run(["restore", "web1", "web1@2024-03-02"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--yes" in captured.err


def test_restore(capsys):
    assert run(["restore", "web1", "web1@2024-03-02", "--yes"]) == 0
    assert capsys.readouterr().out == "restored web1 from web1@2024-03-02\n"


def test_restore_needs_both_arguments(capsys):
    assert run(["restore", "web1", "--yes"]) == 2
    error = capsys.readouterr().err.lower()
    assert "snapshot" in error, "argparse should complain about the missing snapshot"


def test_no_subcommand_is_a_usage_error(capsys):
    assert run([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage:" in captured.err


def test_help_lists_the_subcommands(capsys):
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("create", "list", "restore"):
        assert name in out, f"--help does not show the subcommand {name}"
