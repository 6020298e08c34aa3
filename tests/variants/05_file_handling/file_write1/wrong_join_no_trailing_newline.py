def write_report(path, statuses):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(f"{host}: {status}" for host, status in statuses.items()))
