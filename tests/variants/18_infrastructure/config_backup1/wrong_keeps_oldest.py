from datetime import datetime
from pathlib import Path


def save_backup(backup_dir, device, config, now):
    backup_dir.mkdir(parents=True, exist_ok=True)
    path = backup_dir / f"{device}_{now:%Y%m%d-%H%M%S}.cfg"
    path.write_text(config)
    return path


def rotate(backup_dir, device, keep):
    backups = sorted(backup_dir.glob(f"{device}_*.cfg"))
    old = backups[keep:]
    for path in old:
        path.unlink()
    return old
