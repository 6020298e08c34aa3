from pathlib import Path


def change_suffix(path, suffix):
    return Path(path).with_suffix(suffix)


def archive_path(root, year, name):
    return Path(f"{root}archive/{year}/{name}")


def backup_names(folder):
    return sorted(p.name for p in Path(folder).glob("*.bak"))
