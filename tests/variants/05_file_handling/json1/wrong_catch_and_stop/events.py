import json
from pathlib import Path

EVENTS_FILE = Path(__file__).parent / "events.jsonl"


def load_events(path=EVENTS_FILE):
    events, bad_lines = [], []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                bad_lines.append(number)
                break
    return events, bad_lines


def write_summary(path, events):
    levels = {}
    for event in events:
        levels[event["level"]] = levels.get(event["level"], 0) + 1
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"total": len(events), "levels": levels}, f)
