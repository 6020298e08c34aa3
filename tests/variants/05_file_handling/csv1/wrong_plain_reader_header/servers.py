import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.reader(f):
            try:
                servers.append({"name": row[0], "role": row[1], "ram_gb": int(row[2])})
            except (IndexError, ValueError):
                skipped.append(row[0])
    return servers, skipped
