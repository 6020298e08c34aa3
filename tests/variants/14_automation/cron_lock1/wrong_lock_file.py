import os


def run_exclusive(lock_path, job):
    try:
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return False
    os.close(fd)
    try:
        job()
    finally:
        os.remove(lock_path)
    return True
