"""The command line: python -m logsweep --config FILE [--dry-run] [--max-age DAYS]."""

import argparse
import sys
import time

from logsweep.actions import Action, perform
from logsweep.config import ConfigError, load_config
from logsweep.report import summarize, write_report
from logsweep.rotate import rotate
from logsweep.scan import find_big_files, find_old_files


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="logsweep", description="Delete old logs and rotate big ones."
    )
    parser.add_argument("--config", required=True, help="the TOML configuration file")
    parser.add_argument("--dry-run", action="store_true", help="show what would be done")
    parser.add_argument("--max-age", type=int, metavar="DAYS", help="overrides max_age_days")
    parser.add_argument("--report", metavar="FILE", help="also write a JSON report")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    max_age = config.max_age_days if args.max_age is None else args.max_age

    actions = []
    for path in find_old_files(config.directory, config.pattern, max_age, time.time()):
        action = Action("delete", path, size=path.stat().st_size)
        if not args.dry_run:
            perform(action)
        actions.append(action)
    for path in find_big_files(config.directory, config.pattern, config.rotate_over_bytes):
        actions.extend(rotate(path, config.keep, dry_run=args.dry_run))

    summary = summarize(actions)
    prefix = "would have " if args.dry_run else ""
    print(
        f"{prefix}deleted {summary['deleted']} files ({summary['bytes_freed']} bytes), "
        f"rotated {summary['rotated']}"
    )
    if args.report:
        write_report(args.report, actions, args.dry_run)
    return 0
