def write_report(path, statuses):
    with open(path, "w", encoding="utf-8") as f:
        for host, status in statuses.items():
            f.write(f"{host}:{status}\n")
