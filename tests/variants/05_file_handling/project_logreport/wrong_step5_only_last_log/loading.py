"""Step 2: find the log files and read one of them into records."""
from pathlib import Path

from parsing import parse_line


def find_logs(folder):
    """The paths of the files in folder whose name ends with ".log", sorted by name."""
    return sorted(Path(folder).glob("*.log"))


def read_log(path):
    """Read one log file and return (records, bad_lines).

    records: one record (see parse_line) per request line, in file order, each with the key
    "host" added: the file name without its extension ("logs/web01.log" -> "web01").
    Blank lines and lines starting with "#" are skipped.
    bad_lines: the numbers of the other lines that parse_line refuses, in file order; the first
    line of the file is line 1.
    """
    records, bad_lines = [], []
    host = Path(path).stem
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            record = parse_line(line)
            if record is None:
                bad_lines.append(number)
            else:
                record["host"] = host
                records.append(record)
    return records, bad_lines
