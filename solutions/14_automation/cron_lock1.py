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
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        job()
        return True


# --- tests: read them, don't change them ---
# Other runs are real child processes, started with this same file: each one
# takes the lock, prints "running" and keeps working for 3 seconds (unless the
# test kills it first). Unix only, like cron.
import signal
import subprocess
import sys

import pytest

CHILD = """
import sys, time
with open(sys.argv[1], encoding="utf-8") as f:
    your_code = f.read().partition("\\n# --- tests")[0]
exec(compile(your_code, sys.argv[1], "exec"))

def job():
    print("running", flush=True)
    time.sleep(3)

print("done" if run_exclusive(sys.argv[2], job) else "skipped", flush=True)
"""


@pytest.fixture
def lock_path(tmp_path):
    return str(tmp_path / "mirror-sync.lock")


@pytest.fixture
def other_run(lock_path):
    """Starts another run of the job and returns once it is running."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, __file__, lock_path],
                             stdout=subprocess.PIPE, text=True)
    first_line = child.stdout.readline().strip()
    assert first_line == "running", f"the other run did not start: {first_line!r}"
    yield child
    child.kill()
    child.wait()
    child.stdout.close()


class Job:
    def __init__(self, error=None):
        self.calls = 0
        self.error = error

    def __call__(self):
        self.calls += 1
        if self.error:
            raise self.error


def test_runs_the_job(lock_path):
    job = Job()
    assert run_exclusive(lock_path, job) is True
    assert job.calls == 1


def test_gives_up_while_another_run_holds_the_lock(lock_path, other_run):
    job = Job()
    assert run_exclusive(lock_path, job) is False, "the job ran while another run was working"
    assert job.calls == 0
    assert other_run.poll() is None, "it waited for the other run to finish: don't wait"


def test_the_lock_is_held_while_the_job_runs(lock_path):
    others = []

    def job():
        other = subprocess.run([sys.executable, "-c", CHILD, __file__, lock_path],
                               capture_output=True, text=True, timeout=30)
        others.append(other.stdout.split())

    assert run_exclusive(lock_path, job) is True
    assert others == [["skipped"]], "another run could start while the job was running"


def test_next_run_after_the_first_one_ended(lock_path):
    assert run_exclusive(lock_path, Job()) is True
    assert run_exclusive(lock_path, Job()) is True


def test_a_failing_job_frees_the_lock(lock_path):
    with pytest.raises(OSError):
        run_exclusive(lock_path, Job(OSError("mirror unreachable")))
    assert run_exclusive(lock_path, Job()) is True, "the lock was kept after the job raised"


def test_a_killed_run_frees_the_lock(lock_path, other_run):
    other_run.send_signal(signal.SIGKILL)
    other_run.wait()
    job = Job()
    assert run_exclusive(lock_path, job) is True, "a killed run left the lock behind"
    assert job.calls == 1
