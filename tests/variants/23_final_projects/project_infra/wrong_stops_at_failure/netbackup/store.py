"""Backups on disk: BACKUP_DIR/<device>/<YYYYmmddTHHMMSS>.cfg, the newest sorting last."""

import difflib
from datetime import datetime
from pathlib import Path


def list_backups(backup_dir: Path, device: str) -> list[Path]:
    """A device's backups, oldest first."""
    return sorted((Path(backup_dir) / device).glob("*.cfg"))


def latest_backup(backup_dir: Path, device: str) -> Path | None:
    backups = list_backups(backup_dir, device)
    return backups[-1] if backups else None


def save_backup(backup_dir: Path, device: str, config: str, now: datetime) -> Path | None:
    """Save config as a new backup; None (and nothing written) if it equals the latest."""
    latest = latest_backup(backup_dir, device)
    if latest is not None and latest.read_text(encoding="utf-8") == config:
        return None
    path = Path(backup_dir) / device / f"{now:%Y%m%dT%H%M%S}.cfg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(config, encoding="utf-8")
    return path


def diff_configs(old: str, new: str, device: str) -> str:
    """A unified diff from old to new ("" when they are equal)."""
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"{device} (previous)",
            tofile=f"{device} (current)",
        )
    )


def prune(backup_dir: Path, device: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; return the deleted paths."""
    backups = list_backups(backup_dir, device)
    doomed = backups[: max(len(backups) - keep, 0)]
    for path in doomed:
        path.unlink()
    return doomed
