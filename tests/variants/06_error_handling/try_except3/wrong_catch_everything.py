import csv


def load_servers(path):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                ram_gb = int(row["ram_gb"])
            except Exception:
                skipped.append(row["name"])
                continue
            servers.append({"name": row["name"], "role": row["role"], "ram_gb": ram_gb})
    return servers, skipped
