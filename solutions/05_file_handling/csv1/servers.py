"""Load a server inventory from a CSV file with the csv module.

`servers.csv` (beside this file) has a header line and the columns name, role and ram_gb.
`load_servers()` returns one dict {"name": ..., "role": ..., "ram_gb": int} per row, in file
order. A quoted field may hold commas ("database, primary") and doubled quotes, and another
export may put the columns in another order: find each value by the header, not by position.
"""
import csv
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ram_gb = int(row["ram_gb"])
            servers.append({"name": row["name"], "role": row["role"], "ram_gb": ram_gb})
    return servers
