import json
from collections import Counter
from pathlib import Path

EVENTS_FILE = Path(__file__).parent / "events.jsonl"


def load_events(path=EVENTS_FILE):
    events, bad_lines = [], []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if line.strip() == "":
            continue
        try:
            event = json.loads(line)
        except ValueError:
            bad_lines.append(index + 1)
        else:
            events.append(event)
    return events, bad_lines


def write_summary(path, events):
    levels = Counter(event["level"] for event in events)
    Path(path).write_text(json.dumps({"total": len(events), "levels": dict(levels)}), encoding="utf-8")
