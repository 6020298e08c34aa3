"""Configuration backup scripts: timestamped files and rotation.

`save_backup` writes a device's configuration to `<dir>/<device>_<YYYYmmdd-HHMMSS>.cfg`, a
name that sorts in time order. `rotate` keeps the `keep` newest backups of ONE device and
deletes the older ones, without touching other devices' files (rtr1 is not rtr10!).
"""
from datetime import datetime
from pathlib import Path


def save_backup(backup_dir: Path, device: str, config: str, now: datetime) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    path = backup_dir / f"{device}_{now:%Y%m%d-%H%M%S}.cfg"
    path.write_text(config)
    return path


def rotate(backup_dir: Path, device: str, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups of `device`; return the deleted paths."""
    backups = sorted(backup_dir.glob(f"{device}_*.cfg"))
    old = backups[:-keep] if keep else backups
    for path in old:
        path.unlink()
    return old


# --- tests: read them, don't change them ---


def make_backups(backup_dir, device, dates):
    return [save_backup(backup_dir, device, f"hostname {device}\n", d) for d in dates]


def test_backup_file_name_and_content(tmp_path):
    path = save_backup(tmp_path / "backups", "rtr1", "hostname rtr1\n", datetime(2024, 3, 1, 9, 5, 7))
    assert path == tmp_path / "backups" / "rtr1_20240301-090507.cfg"
    assert path.read_text() == "hostname rtr1\n"


def test_rotate_keeps_the_newest(tmp_path):
    dates = [datetime(2024, 1, 31, 23, 0), datetime(2024, 2, 1, 1, 0),
             datetime(2023, 12, 31, 22, 0), datetime(2024, 2, 10, 8, 30)]
    paths = make_backups(tmp_path, "rtr1", dates)
    deleted = rotate(tmp_path, "rtr1", keep=2)
    assert sorted(deleted) == sorted([paths[0], paths[2]])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "rtr1_20240201-010000.cfg", "rtr1_20240210-083000.cfg"
    ]


def test_rotate_leaves_other_devices_alone(tmp_path):
    make_backups(tmp_path, "rtr1", [datetime(2024, 1, d) for d in (1, 2, 3)])
    make_backups(tmp_path, "rtr10", [datetime(2024, 1, d) for d in (1, 2)])
    rotate(tmp_path, "rtr1", keep=1)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["rtr10_20240101-000000.cfg", "rtr10_20240102-000000.cfg",
                     "rtr1_20240103-000000.cfg"]


def test_rotate_with_few_backups_deletes_nothing(tmp_path):
    make_backups(tmp_path, "sw1", [datetime(2024, 5, 1)])
    assert rotate(tmp_path, "sw1", keep=3) == []
    assert len(list(tmp_path.iterdir())) == 1
