import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            if len(row) == 3 and row[2].strip().isdigit():
                name, role, ram = row
                servers.append({"name": name, "role": role, "ram_gb": int(ram)})
            else:
                skipped.append(row[0])
    return servers, skipped
