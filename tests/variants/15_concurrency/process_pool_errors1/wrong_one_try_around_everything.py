"""One failing job in a process pool must not lose the results of the others.

`checksums(paths, workers=2)` computes the SHA-256 of many files in a
ProcessPoolExecutor (hashing keeps a CPU busy). A file that can't be read
makes sha256_file raise OSError in the worker process; the pool sends the
exception back to the parent, where future.result() raises it again.
checksums returns (results, errors): `results` maps each path that worked to
its hex digest, `errors` maps each path that failed to the message of its
exception (str(err)). Right now pool.map raises the first error it meets, and
every other result is lost. Submit each path on its own instead
(pool.submit), remember which future belongs to which path, and look at each
future's outcome separately.
"""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def checksums(paths, workers=2):
    results, errors = {}, {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            for path, digest in zip(paths, pool.map(sha256_file, paths)):
                results[path] = digest
        except OSError as err:
            errors[err.filename] = str(err)
    return results, errors


