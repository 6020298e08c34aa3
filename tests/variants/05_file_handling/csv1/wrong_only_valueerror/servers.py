import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                row["ram_gb"] = int(row["ram_gb"])
            except ValueError:
                skipped.append(row["name"])
                continue
            servers.append(row)
    return servers, skipped
