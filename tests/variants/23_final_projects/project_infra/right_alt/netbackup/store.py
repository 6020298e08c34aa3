import difflib
import os
from pathlib import Path


def list_backups(backup_dir, device):
    folder = Path(backup_dir, device)
    if not folder.is_dir():
        return []
    return [folder / n for n in sorted(os.listdir(folder)) if n.endswith(".cfg")]


def latest_backup(backup_dir, device):
    backups = list_backups(backup_dir, device)
    return backups[-1] if backups else None


def save_backup(backup_dir, device, config, now):
    latest = latest_backup(backup_dir, device)
    if latest and latest.read_text(encoding="utf-8") == config:
        return None
    folder = Path(backup_dir, device)
    os.makedirs(folder, exist_ok=True)
    target = folder / (now.strftime("%Y%m%dT%H%M%S") + ".cfg")
    with open(target, "w", encoding="utf-8") as f:
        f.write(config)
    return target


def diff_configs(old, new, device):
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), f"{device} (previous)", f"{device} (current)",
        lineterm="",
    )
    text = "\n".join(lines)
    return text + "\n" if text else ""


def prune(backup_dir, device, keep):
    deleted = []
    backups = list_backups(backup_dir, device)
    while len(backups) > keep:
        oldest = backups.pop(0)
        oldest.unlink()
        deleted.append(oldest)
    return deleted
