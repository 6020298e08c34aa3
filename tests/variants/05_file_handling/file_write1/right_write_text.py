from pathlib import Path


def write_report(path, statuses):
    lines = [f"{host}: {status}\n" for host, status in statuses.items()]
    Path(path).write_text("".join(lines), encoding="utf-8")
