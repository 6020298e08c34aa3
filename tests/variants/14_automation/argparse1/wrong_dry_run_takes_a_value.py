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
    parser.add_argument("--dry-run", default=False, help="only show what would happen")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more output; repeat for even more")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    verb = "would rotate" if args.dry_run else "rotating"
    print(f"{verb} {args.directory}, keeping {args.keep}")
    return 0


