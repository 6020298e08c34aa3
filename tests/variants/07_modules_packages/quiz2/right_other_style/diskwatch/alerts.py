import json
from pathlib import Path


def find_alerts(rows, threshold=90.0):
    ranked = sorted(rows, key=lambda row: -row["percent"])
    return [row["host"] + ":" + row["mount"] for row in ranked if not row["percent"] < threshold]


def write_report(path, rows, threshold=90.0):
    report = {"alerts": find_alerts(rows, threshold), "checked": len(rows), "threshold": threshold}
    Path(path).write_text(json.dumps(report), encoding="utf-8")
