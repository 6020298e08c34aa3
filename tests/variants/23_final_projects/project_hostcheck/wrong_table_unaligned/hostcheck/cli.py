"""The command line: python -m hostcheck TARGETS [--json] [--timeout SECONDS]."""
import argparse
import sys

from hostcheck.probe import check
from hostcheck.report import format_table, to_json
from hostcheck.targets import TargetError, load_targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hostcheck", description="Do your hosts answer?")
    parser.add_argument("targets", help="the targets file (TOML)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--timeout", type=float, default=3.0, metavar="SECONDS",
                        help="how long to wait for each target (default 3)")
    args = parser.parse_args(argv)
    try:
        targets = load_targets(args.targets)
    except TargetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    results = [check(target, args.timeout) for target in targets]
    print(to_json(results) if args.json else format_table(results).rstrip("\n"))
    return 0 if all(result.ok for result in results) else 1
