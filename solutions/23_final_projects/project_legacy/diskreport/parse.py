"""Reading disk usage samples from a CSV file."""
import csv
import sys
from datetime import datetime

Sample = tuple[datetime, float, float]  # when, used GB, size GB


def number(row: dict, field: str, line: int) -> float | None:
    """The field as a float, or None after a warning on stderr."""
    try:
        return float(row[field])
    except ValueError:
        print(f"skipping line {line}: {field} {row[field]!r} is not a number", file=sys.stderr)
        return None


def load_samples(path) -> dict[tuple[str, str], list[Sample]]:
    """{(host, mount): [(when, used, size), ...]} in file order; bad rows are skipped."""
    samples = {}
    with open(path, newline="", encoding="utf-8") as file:
        for line, row in enumerate(csv.DictReader(file), start=2):
            used = number(row, "used_gb", line)
            size = None if used is None else number(row, "size_gb", line)
            if size is None:
                continue
            when = datetime.fromisoformat(row["timestamp"])
            samples.setdefault((row["host"], row["mount"]), []).append((when, used, size))
    return samples
