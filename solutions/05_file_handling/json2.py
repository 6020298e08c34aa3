"""Save data as a JSON file that other programs can read.

`write_summary(path, events)` counts the events per level and saves the summary
{"total": <number of events>, "levels": {<level>: <count>}, "has_errors": <bool>} as JSON at
path, for a dashboard to read. The counting is done; the saving is not: the file it writes now
is Python's notation, not JSON.
"""
import json


def write_summary(path, events):
    levels = {}
    for event in events:
        levels[event["level"]] = levels.get(event["level"], 0) + 1
    summary = {"total": len(events), "levels": levels, "has_errors": "ERROR" in levels}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(summary, f)


# --- tests: read them, don't change them ---
import json


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def test_summary_is_a_json_file(tmp_path):
    out = tmp_path / "summary.json"
    write_summary(out, [{"level": "INFO"}, {"level": "WARNING"}, {"level": "INFO"}])
    assert read_json(out) == {"total": 3, "levels": {"INFO": 2, "WARNING": 1}, "has_errors": False}


def test_summary_with_errors(tmp_path):
    out = tmp_path / "summary.json"
    write_summary(out, [{"level": "ERROR"}, {"level": "INFO"}])
    assert read_json(out) == {"total": 2, "levels": {"ERROR": 1, "INFO": 1}, "has_errors": True}


def test_summary_of_no_events(tmp_path):
    out = tmp_path / "summary.json"
    write_summary(out, [])
    assert read_json(out) == {"total": 0, "levels": {}, "has_errors": False}


def test_writing_again_replaces_the_file(tmp_path):
    out = tmp_path / "summary.json"
    write_summary(out, [{"level": "INFO"}] * 5)
    write_summary(out, [{"level": "ERROR"}])
    assert read_json(out)["total"] == 1
