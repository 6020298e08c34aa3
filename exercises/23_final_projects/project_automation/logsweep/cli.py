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
    # TODO (step 5): a --max-age DAYS option (a whole number) that overrides max_age_days
    parser.add_argument("--report", metavar="FILE", help="also write a JSON report")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # TODO (step 5): a ConfigError should not end in a traceback: print "error: ..." to
    #       stderr and return 2
    config = load_config(args.config)
    max_age = config.max_age_days

    actions = []
    for path in find_old_files(config.directory, config.pattern, max_age, time.time()):
        action = Action("delete", path, size=path.stat().st_size)
        # TODO (step 5): a dry run must not delete anything, here or in rotate()
        perform(action)
        actions.append(action)
    for path in find_big_files(config.directory, config.pattern, config.rotate_over_bytes):
        actions.extend(rotate(path, config.keep))

    summary = summarize(actions)
    prefix = "would have " if args.dry_run else ""
    print(
        f"{prefix}deleted {summary['deleted']} files ({summary['bytes_freed']} bytes), "
        f"rotated {summary['rotated']}"
    )
    if args.report:
        write_report(args.report, actions, args.dry_run)
    return 0
