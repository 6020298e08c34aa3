import os
from pathlib import Path


def change_suffix(path, suffix):
    base, _ = os.path.splitext(path)
    return Path(base + suffix)


def archive_path(root, year, name):
    return Path(os.path.join(root, "archive", str(year), name))


def backup_names(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".bak"))
