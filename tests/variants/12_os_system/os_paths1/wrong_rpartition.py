import os
from pathlib import Path


def split_config(path):
    folder, name = os.path.split(path)
    stem, dot, ext = name.rpartition(".")
    return folder, stem, dot + ext


def backup_path(path):
    path = Path(path)
    return path.with_name(path.name + ".bak")


def ensure_dir(base, *parts):
    path = os.path.join(base, *parts)
    os.makedirs(path, exist_ok=True)
    return path
