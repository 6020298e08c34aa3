"""Step 4: output.write_hosts_csv, output.write_summary_json and output.append_history."""
import csv
import json

from output import append_history, write_hosts_csv, write_summary_json

HOSTS = [
    {"host": "web02", "requests": 4, "errors": 2, "avg_ms": 321.5},
    {"host": "app01", "requests": 1, "errors": 0, "avg_ms": 5.0},
]


def test_step4_csv_has_header_and_rows_in_order(tmp_path):
    path = tmp_path / "hosts.csv"
    write_hosts_csv(path, HOSTS)
    with open(path, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [
            ["host", "requests", "errors", "avg_ms"],
            ["web02", "4", "2", "321.5"],
            ["app01", "1", "0", "5.0"],
        ]


def test_step4_csv_without_hosts_has_the_header(tmp_path):
    path = tmp_path / "hosts.csv"
    write_hosts_csv(path, [])
    with open(path, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["host", "requests", "errors", "avg_ms"]]


def test_step4_csv_value_with_a_comma_stays_one_field(tmp_path):
    path = tmp_path / "hosts.csv"
    write_hosts_csv(path, [{"host": "lab, old", "requests": 1, "errors": 0, "avg_ms": 2.0}])
    with open(path, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f))[1] == ["lab, old", "1", "0", "2.0"]


def test_step4_summary_is_json(tmp_path):
    path = tmp_path / "summary.json"
    summary = {"requests": 5, "errors": 2, "hosts": HOSTS}
    write_summary_json(path, summary)
    assert json.loads(path.read_text(encoding="utf-8")) == summary


def test_step4_summary_is_indented_by_two_spaces(tmp_path):
    path = tmp_path / "summary.json"
    write_summary_json(path, {"requests": 0, "errors": 0, "hosts": []})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 1, "the JSON is all on one line: indent it"
    assert lines[1].startswith('  "'), f"line 2 is {lines[1]!r}: indent by 2 spaces"
    assert not lines[1].startswith('   '), f"line 2 is {lines[1]!r}: indent by 2 spaces"


def test_step4_history_gets_one_line_per_call(tmp_path):
    path = tmp_path / "history.txt"
    append_history(path, "3 logs, 11 requests, 4 errors")
    append_history(path, "1 logs, 2 requests, 0 errors")
    assert path.read_text(encoding="utf-8") == (
        "3 logs, 11 requests, 4 errors\n1 logs, 2 requests, 0 errors\n"
    )


def test_step4_history_keeps_earlier_lines(tmp_path):
    path = tmp_path / "history.txt"
    path.write_text("from last week\n", encoding="utf-8")
    append_history(path, "today")
    assert path.read_text(encoding="utf-8") == "from last week\ntoday\n"
