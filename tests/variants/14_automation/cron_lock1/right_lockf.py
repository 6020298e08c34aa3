import fcntl
from pathlib import Path


def run_exclusive(lock_path, job):
    with Path(lock_path).open("w") as f:
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        job()
    return True
