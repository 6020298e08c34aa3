"""Load disk usage rows from a CSV file with the columns host, mount, used_gb, size_gb."""
import csv
from pathlib import Path

DATA_FILE = Path(__file__).parent.parent / "disk_usage.csv"


class UsageError(Exception):
    """A row of the usage file can't be used. `.line` is its line number (the header is line 1)."""

    def __init__(self, line, problem):
        super().__init__(f"line {line}: {problem}")
        self.line = line


def load_usage(path=DATA_FILE):
    """Return one dict per row: host, mount, used_gb and size_gb as floats, and percent
    (used_gb / size_gb * 100, rounded to one decimal)."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            try:
                used = float(row["used_gb"])
                size = float(row["size_gb"])
                percent = round(used / size * 100, 1)
            except (TypeError, ValueError, ZeroDivisionError) as err:
                raise UsageError(line, f"cannot compute usage: {err}") from err
            rows.append({
                "host": row["host"],
                "mount": row["mount"],
                "used_gb": used,
                "size_gb": size,
                "percent": percent,
            })
    return rows
