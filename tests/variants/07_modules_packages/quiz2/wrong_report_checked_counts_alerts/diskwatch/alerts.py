"""Pick out the disks that are nearly full and save them as a JSON report."""
import json


def find_alerts(rows, threshold=90.0):
    """The disks at or above threshold percent as "host:mount" strings, fullest first."""
    full = [row for row in rows if row["percent"] >= threshold]
    full.sort(key=lambda row: row["percent"], reverse=True)
    return [f"{row['host']}:{row['mount']}" for row in full]


def write_report(path, rows, threshold=90.0):
    """Save {"checked": <number of rows>, "threshold": threshold, "alerts": find_alerts(...)}
    as a JSON file at path."""
    report = {
        "checked": len(find_alerts(rows, threshold)),
        "threshold": threshold,
        "alerts": find_alerts(rows, threshold),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
