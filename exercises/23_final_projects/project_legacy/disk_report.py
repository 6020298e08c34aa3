"""disk_report: which disks fill up, and when will they be full?

Usage:  python disk_report.py SAMPLES.csv [--warn 80] [--crit 90] [--alerts alerts.json]

Reads disk usage samples (timestamp,host,mount,used_gb,size_gb), prints one line per disk,
fullest first, writes the warnings and critical disks to a JSON file when asked, and exits
with 2 when a disk is critical, 1 when one is over the warning level, 0 otherwise.

This script has grown for years and works. Its tests (tests/test_behaviour.py) pass.
"""
import argparse
import csv
import json
import sys
from datetime import datetime

SAMPLES = {}
ALERTS = []
WORST = 0


def read(path):
    global SAMPLES
    SAMPLES = {}
    with open(path, newline="", encoding="utf-8") as f:
        for number, row in enumerate(csv.DictReader(f), start=2):
            try:
                used = float(row["used_gb"])
            except ValueError:
                print(f"skipping line {number}: used_gb {row['used_gb']!r} is not a number",
                      file=sys.stderr)
                continue
            try:
                size = float(row["size_gb"])
            except ValueError:
                print(f"skipping line {number}: size_gb {row['size_gb']!r} is not a number",
                      file=sys.stderr)
                continue
            when = datetime.fromisoformat(row["timestamp"])
            key = (row["host"], row["mount"])
            if key not in SAMPLES:
                SAMPLES[key] = []
            SAMPLES[key].append((when, used, size))


def main(argv=None):
    global ALERTS, WORST
    ALERTS = []
    WORST = 0
    parser = argparse.ArgumentParser(description="Which disks fill up?")
    parser.add_argument("samples")
    parser.add_argument("--warn", type=float, default=80)
    parser.add_argument("--crit", type=float, default=90)
    parser.add_argument("--alerts")
    args = parser.parse_args(argv)
    read(args.samples)
    lines = []
    for (host, mount), samples in SAMPLES.items():
        samples.sort()
        first, last = samples[0], samples[-1]
        percent = last[1] / last[2] * 100
        days = (last[0] - first[0]).total_seconds() / 86400
        growth = (last[1] - first[1]) / days if days else 0.0
        if growth > 0:
            full = f"full in {int((last[2] - last[1]) / growth)} days"
        else:
            full = "not growing"
        level = "ok"
        if percent >= args.crit:
            level = "CRITICAL"
            WORST = max(WORST, 2)
            alert = {"host": host, "mount": mount, "percent": round(percent, 1), "level": level}
            ALERTS.append(alert)
        elif percent >= args.warn:
            level = "WARNING"
            WORST = max(WORST, 1)
            alert = {"host": host, "mount": mount, "percent": round(percent, 1), "level": level}
            ALERTS.append(alert)
        lines.append((percent, f"{host}:{mount}", f"{percent:5.1f}%", f"{growth:+.1f} GB/day",
                      full, level))
    lines.sort(reverse=True)
    for percent, disk, shown, growth, full, level in lines:
        print(f"{disk:<14} {shown}  {growth:>12}  {full:<16} {level}")
    if args.alerts:
        with open(args.alerts, "w", encoding="utf-8") as f:
            json.dump(ALERTS, f, indent=2)
    return WORST


if __name__ == "__main__":
    sys.exit(main())
