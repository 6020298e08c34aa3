"""Read JSON events one per line, survive a broken line, and save a JSON summary.

`events.jsonl` (beside this file) holds one JSON document per line. `load_events()` returns
`(events, bad_lines)`: the parsed events in file order, and the 1-based numbers of the lines that
are not valid JSON (blank lines are neither). `write_summary(path, events)` saves
{"total": <number of events>, "levels": {<level>: <count>}} as a JSON file.
"""
import json
from pathlib import Path

EVENTS_FILE = Path(__file__).parent / "events.jsonl"


def load_events(path=EVENTS_FILE):
    events, bad_lines = [], []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            # TODO: a broken line raises json.JSONDecodeError; record its number and go on
            events.append(json.loads(line))
    return events, bad_lines


def write_summary(path, events):
    levels = {}
    for event in events:
        levels[event["level"]] = levels.get(event["level"], 0) + 1
    summary = {"total": len(events), "levels": levels}
    with open(path, "w", encoding="utf-8") as f:
        # TODO: str() gives Python's notation, not JSON; use json.dump
        f.write(str(summary))
