import csv
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "disk_usage.csv"


class UsageError(Exception):
    def __init__(self, line, problem):
        self.line = line
        super().__init__(f"{problem} (line {line})")


def _percent(used, size):
    return round(100 * used / size, 1)


def load_usage(path=DATA_FILE):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        rows = []
        for fields in reader:
            try:
                host, mount, used, size = fields
                used, size = float(used), float(size)
                percent = _percent(used, size)
            except (ValueError, ZeroDivisionError) as exc:
                raise UsageError(reader.line_num, "bad row") from exc
            rows.append(dict(host=host, mount=mount, used_gb=used, size_gb=size, percent=percent))
        return rows
