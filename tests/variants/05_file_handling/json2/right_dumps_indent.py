import json
from pathlib import Path


def write_summary(path, events):
    levels = {}
    for event in events:
        levels[event["level"]] = levels.get(event["level"], 0) + 1
    summary = {"total": len(events), "levels": levels, "has_errors": "ERROR" in levels}
    Path(path).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
