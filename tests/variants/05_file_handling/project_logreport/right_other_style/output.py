import csv
import json
from pathlib import Path

HOST_FIELDS = ["host", "requests", "errors", "avg_ms"]


def write_hosts_csv(path, hosts):
    with Path(path).open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HOST_FIELDS)
        for host in hosts:
            writer.writerow([host[field] for field in HOST_FIELDS])


def write_summary_json(path, summary):
    Path(path).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def append_history(path, line):
    with open(path, mode="a", encoding="utf-8") as history:
        print(line, file=history)
