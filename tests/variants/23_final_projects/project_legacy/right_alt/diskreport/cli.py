import argparse
import json
from pathlib import Path

from diskreport import analyze, output
from diskreport.parse import load_samples


def options(argv):
    parser = argparse.ArgumentParser(description="Which disks fill up?")
    parser.add_argument("samples")
    parser.add_argument("--warn", type=float, default=80)
    parser.add_argument("--crit", type=float, default=90)
    parser.add_argument("--alerts", type=Path)
    return parser.parse_args(argv)


def main(argv=None):
    args = options(argv)
    found = analyze.summaries(load_samples(args.samples), args.warn, args.crit)
    print(output.table(found))
    if args.alerts:
        args.alerts.write_text(json.dumps(output.alert_list(found), indent=2), encoding="utf-8")
    return max((s["severity"] for s in found), default=0)
