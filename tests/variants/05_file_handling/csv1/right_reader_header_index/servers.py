import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        name_at, role_at, ram_at = header.index("name"), header.index("role"), header.index("ram_gb")
        return [
            {"name": row[name_at], "role": row[role_at], "ram_gb": int(row[ram_at])}
            for row in reader
        ]
