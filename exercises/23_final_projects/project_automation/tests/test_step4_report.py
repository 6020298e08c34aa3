import json
from pathlib import Path

from logsweep.actions import Action
from logsweep.report import summarize, write_report

ACTIONS = [
    Action("delete", Path("/var/log/old.log"), size=1200),
    Action("delete", Path("/var/log/older.log"), size=300),
    Action("rotate", Path("/var/log/app.log"), target=Path("/var/log/app.log.1"), size=0),
]


def test_summary_counts_each_kind():
    summary = summarize(ACTIONS)
    assert (summary["deleted"], summary["rotated"]) == (2, 1)


def test_only_deleted_bytes_are_freed():
    rotated_big = Action("rotate", Path("big.log"), target=Path("big.log.1"), size=5000)
    assert summarize(ACTIONS + [rotated_big])["bytes_freed"] == 1500


def test_report_is_json_with_paths_as_text(tmp_path):
    write_report(tmp_path / "report.json", ACTIONS, dry_run=True)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["dry_run"] is True
    assert report["summary"] == {"deleted": 2, "rotated": 1, "bytes_freed": 1500}
    assert report["actions"][2]["path"] == str(Path("/var/log/app.log"))
    assert report["actions"][2]["target"] == str(Path("/var/log/app.log.1"))
    assert report["actions"][0]["target"] is None
