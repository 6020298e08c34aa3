"""Step 5: logreport.main, the command line."""
import csv
import json
from pathlib import Path

from logreport import main

LOGS = Path(__file__).parent.parent / "logs"


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_step5_report_succeeds_and_prints_the_summary_line(tmp_path, capsys):
    code, out, _ = run([str(LOGS), "--out", str(tmp_path / "report")], capsys)
    assert code == 0
    assert out == "3 logs, 11 requests, 4 errors\n"


def test_step5_writes_hosts_csv(tmp_path, capsys):
    report = tmp_path / "report"
    run([str(LOGS), "--out", str(report)], capsys)
    with open(report / "hosts.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["host"], r["requests"], r["errors"], r["avg_ms"]) for r in rows] == [
        ("api01", "3", "1", "59.3"),
        ("web01", "4", "1", "65.0"),
        ("web02", "4", "2", "321.5"),
    ]


def test_step5_writes_summary_json(tmp_path, capsys):
    report = tmp_path / "report"
    run([str(LOGS), "--out", str(report)], capsys)
    summary = json.loads((report / "summary.json").read_text(encoding="utf-8"))
    assert (summary["requests"], summary["errors"], len(summary["hosts"])) == (11, 4, 3)


def test_step5_creates_nested_report_folder(tmp_path, capsys):
    report = tmp_path / "reports" / "2024-03-10"
    code, _, _ = run([str(LOGS), "--out", str(report)], capsys)
    assert code == 0
    assert (report / "summary.json").is_file()


def test_step5_warns_about_bad_lines_on_stderr(tmp_path, capsys):
    _, out, err = run([str(LOGS), "--out", str(tmp_path / "report")], capsys)
    warnings = [line for line in err.splitlines() if line.strip()]
    assert len(warnings) == 2, f"expected one warning per bad line on stderr, got {warnings}"
    assert "web02.log" in warnings[0] and "3" in warnings[0]
    assert "web02.log" in warnings[1] and "4" in warnings[1]
    assert "skipped" not in out


def test_step5_history_grows_with_each_run(tmp_path, capsys):
    report = tmp_path / "report"
    run([str(LOGS), "--out", str(report)], capsys)
    run([str(LOGS), "--out", str(report)], capsys)
    lines = (report / "history.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["3 logs, 11 requests, 4 errors"] * 2


def test_step5_other_logs(tmp_path, capsys):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "mx01.log").write_text("2024-03-10T08:00:00 GET / 502 7\n", encoding="utf-8")
    code, out, err = run([str(logs), "--out", str(tmp_path / "out")], capsys)
    assert (code, out, err) == (0, "1 logs, 1 requests, 1 errors\n", "")


def test_step5_folder_without_logs_is_an_error(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("no logs here\n", encoding="utf-8")
    report = tmp_path / "report"
    code, out, err = run([str(empty), "--out", str(report)], capsys)
    assert code == 1
    assert out == ""
    assert str(empty) in err, "say on stderr which folder has no logs"
    assert not report.exists(), "nothing is written when there are no logs"
