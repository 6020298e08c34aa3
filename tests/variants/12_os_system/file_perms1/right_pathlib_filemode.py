import stat
from pathlib import Path


def permissions(path):
    return Path(path).stat().st_mode & 0o7777


def is_too_open(path):
    text = stat.filemode(Path(path).stat().st_mode)
    return text[4:] != "------"


def make_private(path):
    Path(path).chmod(0o600)
