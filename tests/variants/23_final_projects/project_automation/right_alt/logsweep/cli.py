import argparse
import sys
import time

from logsweep.actions import Action, perform
from logsweep.config import ConfigError, load_config
from logsweep.report import summarize, write_report
from logsweep.rotate import rotate
from logsweep.scan import find_big_files, find_old_files


def build_parser():
    p = argparse.ArgumentParser(prog="logsweep")
    p.add_argument("--config", required=True)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--max-age", type=int, default=None)
    p.add_argument("--report")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        cfg = load_config(args.config)
    except ConfigError as e:
        sys.stderr.write(f"logsweep: bad config: {e}\n")
        return 2
    days = args.max_age if args.max_age is not None else cfg.max_age_days
    done = []
    for old in find_old_files(cfg.directory, cfg.pattern, days, time.time()):
        act = Action("delete", old, size=old.stat().st_size)
        done.append(act)
        if args.dry_run:
            continue
        perform(act)
    for big in find_big_files(cfg.directory, cfg.pattern, cfg.rotate_over_bytes):
        done += rotate(big, cfg.keep, args.dry_run)
    print(summarize(done))
    if args.report:
        write_report(args.report, done, args.dry_run)
    return 0
