from pathlib import Path

from parsing import parse_line


def find_logs(folder):
    names = sorted(p.name for p in Path(folder).iterdir() if p.suffix == ".log")
    return [Path(folder) / name for name in names]


def read_log(path):
    path = Path(path)
    records = []
    bad_lines = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, text in enumerate(lines, 1):
        if text.strip() == "" or text.lstrip().startswith("#"):
            continue
        record = parse_line(text)
        if record:
            records.append({**record, "host": path.stem})
        else:
            bad_lines.append(number)
    return records, bad_lines
