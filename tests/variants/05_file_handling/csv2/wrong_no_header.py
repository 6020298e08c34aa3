import csv

FIELDS = ["name", "role", "ram_gb"]


def write_servers(path, servers):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writerows(servers)
