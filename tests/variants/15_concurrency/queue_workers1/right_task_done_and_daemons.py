import hashlib
import queue
import threading


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def worker(tasks, results):
    for path in iter(tasks.get, None):
        results.put((path, sha256_of(path)))


def checksum_files(paths, workers=3):
    tasks, results = queue.Queue(), queue.Queue()
    pool = []
    for _ in range(workers):
        thread = threading.Thread(target=worker, args=(tasks, results))
        thread.start()
        pool.append(thread)
    for path in [*paths, *[None] * workers]:
        tasks.put(path)
    for thread in pool:
        thread.join()
    found = {}
    while not results.empty():
        path, digest = results.get_nowait()
        found[path] = digest
    return found
