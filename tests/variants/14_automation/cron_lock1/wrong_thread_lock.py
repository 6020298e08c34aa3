import threading

LOCK = threading.Lock()


def run_exclusive(lock_path, job):
    if not LOCK.acquire(blocking=False):
        return False
    try:
        job()
    finally:
        LOCK.release()
    return True
