import concurrent.futures
import hashlib


def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def try_sha256(path):
    try:
        return True, sha256_file(path)
    except OSError as err:
        return False, str(err)


def checksums(paths, workers=2):
    results, errors = {}, {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        for path, (ok, value) in zip(paths, pool.map(try_sha256, paths)):
            (results if ok else errors)[path] = value
    return results, errors
