from events import load_events


def test_events_of_the_shipped_file_in_order():
    assert [e["msg"] for e in load_events()] == [
        "backup started",
        "disk 85% full",
        "Sicherung fehlgeschlagen: Zugriff verweigert",
        "backup finished",
    ]


def test_json_values_become_python_values():
    events = load_events()
    assert events[0]["size_mb"] is None
    assert events[1]["retry"] is True
    assert events[3]["size_mb"] == 2048


def test_blank_lines_are_skipped(tmp_path):
    path = tmp_path / "more.jsonl"
    text = '\n{"level": "INFO"}\n   \n{"level": "ERROR", "codes": [1, 2]}\n\n'
    path.write_text(text, encoding="utf-8")
    assert load_events(path) == [{"level": "INFO"}, {"level": "ERROR", "codes": [1, 2]}]


def test_last_line_without_newline(tmp_path):
    path = tmp_path / "tail.jsonl"
    path.write_text('{"n": 2}\n{"n": 1}', encoding="utf-8")
    assert load_events(path) == [{"n": 2}, {"n": 1}]


def test_empty_file_has_no_events(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    assert load_events(path) == []
