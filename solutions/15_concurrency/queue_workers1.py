"""Producer and consumers: worker threads that share a queue.Queue.

`checksum_files(paths, workers=3)` computes the SHA-256 of many files with
`workers` threads. The main thread (the producer) puts every path on the
`tasks` queue; each worker (a consumer) takes paths from it, one at a time,
and puts (path, hexdigest) on the `results` queue, until it takes None: the
sign to stop. queue.Queue does all the locking: get() waits until there is
something to take. A worker stops at the first None it takes, so every worker
needs a None of its own. The function waits for all workers (join) and returns
{path: hexdigest} for every path.
"""
import hashlib
import queue
import threading


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def worker(tasks, results):
    while True:
        path = tasks.get()
        if path is None:
            return
        results.put((path, sha256_of(path)))


def checksum_files(paths, workers=3):
    tasks, results = queue.Queue(), queue.Queue()
    threads = [threading.Thread(target=worker, args=(tasks, results))
               for _ in range(workers)]
    for thread in threads:
        thread.start()
    for path in paths:
        tasks.put(path)
    for _ in threads:
        tasks.put(None)
    for thread in threads:
        thread.join()
    return dict(results.get() for _ in range(results.qsize()))


# --- tests: read them, don't change them ---
# checksum_files runs in a helper thread with a deadline of 0.3 seconds (it
# needs a few milliseconds): when it does not return in time, the test puts extra
# None on every queue it made (so your stuck workers can stop) and fails.
import hashlib
import queue
import threading
from pathlib import Path

import pytest


class QueueSpy(queue.Queue):
    """A queue.Queue that knows how many threads are waiting in its get()."""
    made = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.getters = 0
        QueueSpy.made.append(self)

    def get(self, *args, **kwargs):
        with self.mutex:
            self.getters += 1
        try:
            return super().get(*args, **kwargs)
        finally:
            with self.mutex:
                self.getters -= 1


@pytest.fixture(autouse=True)
def spy_on_queues(monkeypatch):
    QueueSpy.made = []
    monkeypatch.setattr(queue, "Queue", QueueSpy)


def with_deadline(*args, **kwargs):
    outcome = {}

    def run():
        try:
            outcome["value"] = checksum_files(*args, **kwargs)
        except BaseException as err:
            outcome["error"] = err

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    runner.join(0.3)
    if runner.is_alive():
        for made in QueueSpy.made:
            for _ in range(made.getters):
                made.put(None)
        runner.join(2)
        pytest.fail("checksum_files never returned: some workers are still waiting "
                    "on the queue", pytrace=False)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.fixture
def files(tmp_path):
    paths = []
    for n in range(10):
        path = tmp_path / f"release-{n}.tar"
        path.write_bytes(f"release {n}\n".encode() * (n + 1))
        paths.append(str(path))
    return paths


def check(result, paths):
    missing = len(set(paths) - set(result))
    assert not missing, f"no result for {missing} of {len(paths)} files"
    assert result == {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}


def test_every_file_is_checked(files):
    check(with_deadline(files), files)


def test_more_workers_than_files(files):
    check(with_deadline(files[:3], workers=5), files[:3])


def test_one_worker(files):
    check(with_deadline(files[:3], workers=1), files[:3])


def test_no_files():
    assert with_deadline([]) == {}


def test_the_workers_share_the_work(files, monkeypatch):
    together = threading.Barrier(3, timeout=2)
    real = sha256_of

    def waits_for_the_others(path):
        try:
            together.wait()
        except threading.BrokenBarrierError:
            pass
        return real(path)

    monkeypatch.setitem(globals(), "sha256_of", waits_for_the_others)
    check(with_deadline(files[:6], workers=3), files[:6])
    assert not together.broken, "the 3 workers never worked at the same time"


def test_all_workers_are_finished_when_it_returns(files):
    before = threading.active_count()
    with_deadline(files, workers=4)
    assert threading.active_count() == before, "join every worker before returning"
