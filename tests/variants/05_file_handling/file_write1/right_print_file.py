def write_report(path, statuses):
    with open(path, "w", encoding="utf-8") as f:
        for host in statuses:
            print(f"{host}: {statuses[host]}", file=f)
