import os
from pathlib import Path


def split_config(path):
    p = Path(path)
    return str(p.parent), p.stem, p.suffix


def backup_path(path):
    return str(path) + ".bak"


def ensure_dir(base, *parts):
    path = Path(base).joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path
