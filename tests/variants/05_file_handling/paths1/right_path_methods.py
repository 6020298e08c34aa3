from pathlib import Path


def change_suffix(path, suffix):
    path = Path(path)
    return path.parent / (path.stem + suffix)


def archive_path(root, year, name):
    return Path(root).joinpath("archive", str(year), name)


def backup_names(folder):
    names = []
    for entry in Path(folder).iterdir():
        if entry.is_file() and entry.suffix == ".bak":
            names.append(entry.name)
    names.sort()
    return names
