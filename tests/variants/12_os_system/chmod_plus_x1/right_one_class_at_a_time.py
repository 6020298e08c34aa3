import stat
from pathlib import Path

PAIRS = [(stat.S_IRUSR, stat.S_IXUSR), (stat.S_IRGRP, stat.S_IXGRP), (stat.S_IROTH, stat.S_IXOTH)]


def make_executable(path):
    path = Path(path)
    mode = path.stat().st_mode & 0o777
    for read, execute in PAIRS:
        if mode & read:
            mode |= execute
    path.chmod(mode)


def describe(path):
    return stat.filemode(Path(path).stat().st_mode)
