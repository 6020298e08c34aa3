"""Configuration backup scripts: timestamped files and rotation.

`save_backup` writes a device's configuration to `<dir>/<device>_<YYYYmmdd-HHMMSS>.cfg`, a
name that sorts in time order. `rotate` keeps the `keep` newest backups of ONE device and
deletes the older ones, without touching other devices' files (rtr1 is not rtr10!).
"""
from datetime import datetime
from pathlib import Path


def save_backup(backup_dir: Path, device: str, config: str, now: datetime) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    path = backup_dir / f"{device}_{now:%d%m%Y-%H%M%S}.cfg"
    path.write_text(config)
    return path


def rotate(backup_dir: Path, device: str, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups of `device`; return the deleted paths."""
    backups = sorted(backup_dir.glob(f"{device}_*.cfg"))
    old = backups[:-keep] if keep else backups
    for path in old:
        path.unlink()
    return old
