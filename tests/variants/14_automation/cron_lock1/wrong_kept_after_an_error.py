import fcntl

OPEN_LOCKS = []


def run_exclusive(lock_path, job):
    lock_file = open(lock_path, "a")
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.close()
        return False
    OPEN_LOCKS.append(lock_file)
    job()
    OPEN_LOCKS.remove(lock_file)
    lock_file.close()
    return True
