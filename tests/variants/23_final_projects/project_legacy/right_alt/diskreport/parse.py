import csv
import sys
from collections import defaultdict
from datetime import datetime

FIELDS = ("used_gb", "size_gb")


def _bad_field(row):
    for field in FIELDS:
        try:
            float(row[field])
        except ValueError:
            return field
    return None


def load_samples(path):
    by_disk = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            field = _bad_field(row)
            if field:
                sys.stderr.write(f"skipping line {line}: {field} {row[field]!r} is not a number\n")
                continue
            sample = (datetime.fromisoformat(row["timestamp"]), float(row["used_gb"]),
                      float(row["size_gb"]))
            by_disk[row["host"], row["mount"]].append(sample)
    return dict(by_disk)
