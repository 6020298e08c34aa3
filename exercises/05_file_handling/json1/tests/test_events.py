import json

from events import load_events, write_summary


def test_valid_events_are_loaded_in_order():
    events, _ = load_events()
    assert [e["msg"] for e in events] == ["backup started", "disk 85% full", "backup finished"]


def test_broken_line_number_is_reported():
    _, bad_lines = load_events()
    assert bad_lines == [3]


def test_several_broken_lines(tmp_path):
    path = tmp_path / "more.jsonl"
    path.write_text('{"level": "INFO"}\nnot json\n\n{"level": \n[1, 2]\n', encoding="utf-8")
    assert load_events(path) == ([{"level": "INFO"}, [1, 2]], [2, 4])


def test_summary_is_a_json_file(tmp_path):
    out = tmp_path / "summary.json"
    write_summary(out, [{"level": "INFO"}, {"level": "ERROR"}, {"level": "INFO"}])
    assert json.loads(out.read_text(encoding="utf-8")) == {"total": 3, "levels": {"INFO": 2, "ERROR": 1}}


def test_summary_of_no_events(tmp_path):
    out = tmp_path / "summary.json"
    write_summary(out, [])
    assert json.loads(out.read_text(encoding="utf-8")) == {"total": 0, "levels": {}}
