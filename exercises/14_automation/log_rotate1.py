"""Archive old logs: the classic job for a nightly script.

`rotate_logs(log_dir, archive_dir, now, max_age_days=7)` looks at the `*.log`
files directly inside `log_dir`. Each one last modified MORE than
`max_age_days` days before `now` (seconds since the epoch, like time.time())
is gzipped into `archive_dir` as `<name>.gz` and then deleted. Other files stay
as they are. It creates `archive_dir` if needed and returns the sorted names of
the logs it archived.
"""
import gzip
import shutil
from pathlib import Path

DAY = 24 * 60 * 60


def rotate_logs(log_dir, archive_dir, now, max_age_days=7):
    log_dir, archive_dir = Path(log_dir), Path(archive_dir)
    archive_dir.mkdir(parents=True, exist_ok=True)
    archived = []
    for path in log_dir.glob("*.log"):
        age = now - path.stat().st_mtime
        # TODO: skip logs that are not older than max_age_days
        target = archive_dir / (path.name + ".gz")
        with path.open("rb") as src, gzip.open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        # TODO: the log is archived now: delete the original
        archived.append(path.name)
    return sorted(archived)


# --- tests: read them, don't change them ---
import gzip
import os

import pytest

NOW = 1_700_000_000  # a fixed "now", so the test does not depend on the clock
ONE_DAY = 24 * 60 * 60

LOGS = {  # name -> age in days
    "api-old.log": 10,
    "api-older.log": 30,
    "api-week.log": 7,         # exactly 7 days: not MORE than 7
    "api-today.log": 0.5,
    "notes.txt": 90,           # old, but not a log
}


@pytest.fixture
def logs(tmp_path):
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    for name, days in LOGS.items():
        path = log_dir / name
        path.write_text(f"{name}\n" * 50)
        stamp = NOW - days * ONE_DAY
        os.utime(path, (stamp, stamp))
    nested = log_dir / "old-app"
    nested.mkdir()
    (nested / "ancient.log").write_text("not directly in the folder\n")
    os.utime(nested / "ancient.log", (NOW - 400 * ONE_DAY, NOW - 400 * ONE_DAY))
    return log_dir


def test_archives_only_old_logs(logs, tmp_path):
    assert rotate_logs(logs, tmp_path / "archive", NOW) == ["api-old.log", "api-older.log"]


def test_archive_holds_the_original_content(logs, tmp_path):
    archive = tmp_path / "archive"
    rotate_logs(logs, archive, NOW)
    assert sorted(p.name for p in archive.iterdir()) == ["api-old.log.gz", "api-older.log.gz"]
    with gzip.open(archive / "api-old.log.gz", "rt") as f:
        assert f.read() == "api-old.log\n" * 50


def test_originals_are_removed_and_the_rest_kept(logs, tmp_path):
    rotate_logs(logs, tmp_path / "archive", NOW)
    left = sorted(p.name for p in logs.iterdir())
    assert left == ["api-today.log", "api-week.log", "notes.txt", "old-app"]
    assert (logs / "old-app" / "ancient.log").exists()


def test_max_age_can_be_changed(logs, tmp_path):
    archived = rotate_logs(logs, tmp_path / "archive", NOW, max_age_days=1)
    assert archived == ["api-old.log", "api-older.log", "api-week.log"]


def test_creates_the_archive_folder(logs, tmp_path):
    archive = tmp_path / "backup" / "2023" / "logs"
    rotate_logs(logs, archive, NOW)
    assert archive.is_dir()


def test_second_run_has_nothing_to_do(logs, tmp_path):
    rotate_logs(logs, tmp_path / "archive", NOW)
    assert rotate_logs(logs, tmp_path / "archive", NOW) == []
