import json
from pathlib import Path

EVENTS_FILE = Path(__file__).parent / "events.jsonl"


def load_events(path=EVENTS_FILE):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [json.loads(text.splitlines()[0])] if text.strip() else []
