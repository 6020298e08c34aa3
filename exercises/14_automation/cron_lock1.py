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
    # TODO: open lock_path and take an exclusive flock on it WITHOUT waiting;
    #       if another process holds it, return False. Keep the file open
    #       (and so the lock held) while job() runs.
    job()
    return True


# --- tests: read them, don't change them ---
# Other runs are real child processes, started with this same file: each one
# takes the lock, prints "running" and keeps working until the test stops it
# (or kills it). Unix only, like cron.
import select
import signal
import subprocess
import sys
import threading

import pytest

CHILD = """
import sys
with open(sys.argv[1], encoding="utf-8") as f:
    your_code = f.read().partition("\\n# --- tests")[0]
exec(compile(your_code, sys.argv[1], "exec"))

def job():
    print("running", flush=True)
    sys.stdin.readline()  # works until the test says "stop"

print("ready", flush=True)
sys.stdin.readline()  # starts when the test says "go"
print("done" if run_exclusive(sys.argv[2], job) else "skipped", flush=True)
"""


def start_other_run(lock_path):
    """Starts another run, ready to call run_exclusive when told "go"."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, __file__, lock_path],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    first_line = child.stdout.readline().strip()
    assert first_line == "ready", f"the other run did not start: {first_line!r}"
    return child


def next_line(child, seconds):
    """The child's next line, or None when it prints nothing for that long."""
    ready, _, _ = select.select([child.stdout], [], [], seconds)
    return child.stdout.readline().strip() if ready else None


def stop(child):
    child.kill()
    child.wait()
    child.stdin.close()
    child.stdout.close()


@pytest.fixture
def lock_path(tmp_path):
    return str(tmp_path / "mirror-sync.lock")


@pytest.fixture
def other_run(lock_path):
    """Another run of the job, which has taken the lock and is working."""
    child = start_other_run(lock_path)
    child.stdin.write("go\n")
    child.stdin.flush()
    line = next_line(child, 5)
    assert line == "running", f"the other run did not start its job: {line!r}"
    yield child
    stop(child)


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
    results = []
    caller = threading.Thread(target=lambda: results.append(run_exclusive(lock_path, job)),
                              daemon=True)
    caller.start()
    caller.join(timeout=0.5)
    if caller.is_alive():
        stop(other_run)  # frees the lock, so that the waiting call ends
        caller.join(timeout=5)
        pytest.fail("run_exclusive waited for the other run to finish: don't wait")
    assert results == [False], "the job ran while another run was working"
    assert job.calls == 0


def test_the_lock_is_held_while_the_job_runs(lock_path):
    other = start_other_run(lock_path)
    answers = []

    def job():
        other.stdin.write("go\nstop\n")
        other.stdin.flush()
        answers.append(next_line(other, 1))

    try:
        assert run_exclusive(lock_path, job) is True
    finally:
        stop(other)
    assert answers != [None], "the other run waited for the lock instead of giving up"
    assert answers == ["skipped"], "another run could start while the job was running"


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
