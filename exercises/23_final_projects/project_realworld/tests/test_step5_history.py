from datetime import datetime

from cronjobs.history import append_runs, job_stats, load_runs
from cronjobs.scheduler import Run

T = datetime(2024, 5, 6, 9, 0)
RUNS = [
    Run("backup", T, 1, True),
    Run("sync", T, 3, False, "ConnectionError: backend unreachable"),
    Run("backup", T.replace(hour=10), 2, True),
    Run("sync", T.replace(hour=10), 1, True),
]


def test_runs_survive_a_round_trip(tmp_path):
    append_runs(tmp_path / "history.jsonl", RUNS)
    assert load_runs(tmp_path / "history.jsonl") == RUNS


def test_appending_keeps_earlier_runs(tmp_path):
    append_runs(tmp_path / "history.jsonl", RUNS[:2])
    append_runs(tmp_path / "history.jsonl", RUNS[2:])
    assert load_runs(tmp_path / "history.jsonl") == RUNS


def test_no_history_file_means_no_runs(tmp_path):
    assert load_runs(tmp_path / "missing.jsonl") == []


def test_stats_per_job():
    assert job_stats(RUNS) == {
        "backup": {"runs": 2, "failures": 0, "success_rate": 1.0},
        "sync": {"runs": 2, "failures": 1, "success_rate": 0.5},
    }
