import os
from datetime import datetime
from pathlib import Path

STAMP = "%Y%m%d-%H%M%S"


def save_backup(backup_dir, device, config, now):
    os.makedirs(backup_dir, exist_ok=True)
    path = Path(backup_dir, device + "_" + now.strftime(STAMP) + ".cfg")
    with open(path, "w") as f:
        f.write(config)
    return path


def rotate(backup_dir, device, keep):
    dated = []
    for path in Path(backup_dir).iterdir():
        name, _, stamp = path.stem.rpartition("_")
        if name == device and path.suffix == ".cfg":
            dated.append((datetime.strptime(stamp, STAMP), path))
    dated.sort(reverse=True)
    deleted = [path for _, path in dated[keep:]]
    for path in deleted:
        os.remove(path)
    return deleted
