import os
from fnmatch import fnmatch
from pathlib import Path


def _walk(directory, pattern):
    for root, _dirs, files in os.walk(directory):
        for name in files:
            if fnmatch(name, pattern):
                yield Path(root, name)


def find_old_files(directory, pattern, max_age_days, now):
    limit = max_age_days * 86400
    return sorted(p for p in _walk(directory, pattern) if now - p.stat().st_mtime > limit)


def find_big_files(directory, pattern, over_bytes):
    return sorted(p for p in _walk(directory, pattern) if p.stat().st_size > over_bytes)
