import os
from pathlib import Path


def split_config(path):
    folder, name = os.path.split(path)
    stem, extension = os.path.splitext(name)
    return folder, stem, extension


def backup_path(path):
    return Path(path).with_suffix(".bak")


def ensure_dir(base, *parts):
    path = os.path.join(base, *parts)
    os.makedirs(path, exist_ok=True)
    return path
