FIELDS = ["name", "role", "ram_gb"]


def write_servers(path, servers):
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(FIELDS) + "\n")
        for server in servers:
            f.write(",".join(f'"{server[field]}"' for field in FIELDS) + "\n")
