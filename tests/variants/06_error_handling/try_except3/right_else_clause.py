import csv


def load_servers(path):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            value = row["ram_gb"]
            try:
                ram_gb = int(value)
            except (ValueError, TypeError):
                skipped.append(row["name"])
            else:
                servers.append({"name": row["name"], "role": row["role"], "ram_gb": ram_gb})
    return servers, skipped
