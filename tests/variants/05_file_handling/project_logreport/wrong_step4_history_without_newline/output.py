"""Step 4: write the report files."""
import csv
import json

HOST_FIELDS = ["host", "requests", "errors", "avg_ms"]


def write_hosts_csv(path, hosts):
    """Write a CSV file with the header line host,requests,errors,avg_ms and then one row per
    host dict (see summarize), in list order."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=HOST_FIELDS)
        writer.writeheader()
        writer.writerows(hosts)


def write_summary_json(path, summary):
    """Save the summary dict as a JSON file, indented by 2 spaces so people can read it too."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)


def append_history(path, line):
    """Add line, and a newline after it, at the end of the history file at path. The lines of
    earlier runs stay; a missing file is created."""
    with open(path, "a", encoding="utf-8") as f:
        f.write(line)
