def write_report(path, statuses):
    with open(path, "w", encoding="utf-8") as f:
        for host in sorted(statuses):
            f.write(f"{host}: {statuses[host]}\n")
