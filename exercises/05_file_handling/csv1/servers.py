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
    # TODO: splitting on "," cuts quoted fields apart and trusts the column order; let the
    # csv module read the rows (the csv docs ask you to open the file with newline="")
    with open(path, encoding="utf-8") as f:
        next(f)  # skip the header line
        for line in f:
            fields = line.strip().split(",")
            ram_gb = int(fields[2])
            servers.append({"name": fields[0], "role": fields[1], "ram_gb": ram_gb})
    return servers
