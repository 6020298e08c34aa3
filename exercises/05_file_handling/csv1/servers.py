"""Load a server inventory from a CSV file, skipping the rows that are broken.

`servers.csv` (beside this file) has the columns name, role and ram_gb. `load_servers()` returns
`(servers, skipped)`: servers is a list of dicts {"name": ..., "role": ..., "ram_gb": int} in
file order; skipped lists the names of rows whose ram_gb is missing or not a whole number.
A quoted field may contain commas, so splitting lines on "," is not enough.
"""
from pathlib import Path

CSV_FILE = Path(__file__).parent / "servers.csv"


def load_servers(path=CSV_FILE):
    servers, skipped = [], []
    # TODO: read the rows with csv.DictReader (open the file with newline=""). Note that
    # DictReader fills a missing field with None, and int(None) raises TypeError.
    with open(path, encoding="utf-8") as f:
        next(f)  # skip the header line
        for line in f:
            fields = line.strip().split(",")
            try:
                ram_gb = int(fields[2])
            except (IndexError, ValueError):
                skipped.append(fields[0])
                continue
            servers.append({"name": fields[0], "role": fields[1], "ram_gb": ram_gb})
    return servers, skipped
