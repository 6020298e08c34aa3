import hashlib
from concurrent.futures import ProcessPoolExecutor, as_completed


def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def checksums(paths, workers=2):
    results, errors = {}, {}
    with ProcessPoolExecutor(workers) as pool:
        path_of = {}
        for path in paths:
            path_of[pool.submit(sha256_file, path)] = path
        for future in as_completed(path_of):
            error = future.exception()
            if error is None:
                results[path_of[future]] = future.result()
            else:
                errors[path_of[future]] = str(error)
    return results, errors
