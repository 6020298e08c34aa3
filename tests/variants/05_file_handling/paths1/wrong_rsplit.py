from pathlib import Path


def change_suffix(path, suffix):
    return Path(str(path).rsplit(".", 1)[0] + suffix)


def archive_path(root, year, name):
    return Path(root) / "archive" / str(year) / name


def backup_names(folder):
    return sorted(p.name for p in Path(folder).glob("*.bak"))
