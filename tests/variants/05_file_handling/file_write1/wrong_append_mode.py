def write_report(path, statuses):
    with open(path, "a", encoding="utf-8") as f:
        for host, status in statuses.items():
            f.write(f"{host}: {status}\n")
