import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers = []
    with open(path, newline="", encoding="utf-8") as f:
        next(f)  # skip the header line
        for row in csv.DictReader(f):
            servers.append({"name": row["name"], "role": row["role"], "ram_gb": int(row["ram_gb"])})
    return servers
