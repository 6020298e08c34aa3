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
    tasks.put(None)
    for thread in threads:
        thread.join()
    return dict(results.get() for _ in range(results.qsize()))


