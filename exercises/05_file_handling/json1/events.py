"""Read a JSON Lines file: one JSON document per line.

Logs and data exports often use JSON Lines: every line of `events.jsonl` (beside this file) is
a JSON object of its own, so the file as a whole is not one JSON document. `load_events()`
returns the events as a list of dicts, in file order, with JSON's values turned into Python's
(true -> True, null -> None, 2048 -> 2048 as an int). Blank lines are not events: skip them.
"""
import json
from pathlib import Path

EVENTS_FILE = Path(__file__).parent / "events.jsonl"


def load_events(path=EVENTS_FILE):
    with open(path, encoding="utf-8") as f:
        # TODO: json.load() parses the whole file as ONE document; parse each line instead
        return json.load(f)
