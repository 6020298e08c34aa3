import fcntl
import os


def run_exclusive(lock_path, job):
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        job()
        return True
    finally:
        os.close(fd)
