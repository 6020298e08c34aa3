"""cron does not wait: a slow run overlaps the next one. Take a lock.

cron starts the mirror sync every 5 minutes. When one run takes 7 minutes, the
next run starts while the first is still copying, and both write the same
files. `run_exclusive(lock_path, job)` stops that: when another process is
running the job, it returns False at once, without calling `job` and without
waiting. Otherwise it calls `job()`, and returns True when it is done.
The lock must be freed when the job ends - also when it raises (the exception
goes on up), and also when the process is killed (kill -9, a reboot, the OOM
killer): a lock FILE left on disk would then block every later run. So use a
lock that the operating system drops with the process: fcntl.flock on an open
file (the file itself may stay).
"""
import fcntl


def run_exclusive(lock_path, job):
    with open(lock_path, "a") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
        except BlockingIOError:
            return False
        job()
        return True


