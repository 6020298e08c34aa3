"""Load a server inventory from a CSV file, skipping the rows that are broken.

`servers.csv` (beside this file) has the columns name, role and ram_gb. `load_servers()` returns
`(servers, skipped)`: servers is a list of dicts {"name": ..., "role": ..., "ram_gb": int} in
file order; skipped lists the names of rows whose ram_gb is missing or not a whole number.
A quoted field may contain commas, so splitting lines on "," is not enough.
"""
import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                ram_gb = int(row["ram_gb"])
            except (TypeError, ValueError):
                skipped.append(row["name"])
                continue
            servers.append({"name": row["name"], "role": row["role"], "ram_gb": ram_gb})
    return servers, skipped
