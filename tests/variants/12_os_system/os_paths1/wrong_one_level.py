import os
from pathlib import Path


def split_config(path):
    folder, name = os.path.split(path)
    stem, extension = os.path.splitext(name)
    return folder, stem, extension


def backup_path(path):
    return str(path) + ".bak"


def ensure_dir(base, *parts):
    path = os.path.join(base, *parts)
    if not os.path.isdir(path):
        os.mkdir(path)
    return path
