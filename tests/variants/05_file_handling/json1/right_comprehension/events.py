import json
from pathlib import Path

EVENTS_FILE = Path(__file__).parent / "events.jsonl"


def load_events(path=EVENTS_FILE):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if not line.isspace() and line]
