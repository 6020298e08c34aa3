import csv

FIELDS = ["name", "role", "ram_gb"]


def write_servers(path, servers):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(FIELDS)
        for server in servers:
            writer.writerow([server["name"], server["role"], server["ram_gb"]])
