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
        futures = {pool.submit(sha256_file, path): path for path in paths}
        for future, path in futures.items():
            try:
                results[path] = future.result()
            except OSError as err:
                errors[path] = str(err)
    return results, errors


# --- tests: read them, don't change them ---
import concurrent.futures
import hashlib

import pytest


@pytest.fixture
def listing(tmp_path):
    """Three good files, one that does not exist and one folder."""
    paths = {}
    for name in ("a.iso", "b.iso", "c.iso"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 1000)
        paths[name] = str(path)
    paths["gone.iso"] = str(tmp_path / "gone.iso")
    (tmp_path / "folder.iso").mkdir()
    paths["folder.iso"] = str(tmp_path / "folder.iso")
    return paths


def digest(name):
    return hashlib.sha256(name.encode() * 1000).hexdigest()


def test_all_good(listing):
    paths = [listing["b.iso"], listing["a.iso"]]
    assert checksums(paths) == ({listing["b.iso"]: digest("b.iso"),
                                 listing["a.iso"]: digest("a.iso")}, {})


def test_good_results_survive_a_bad_file(listing):
    order = ["a.iso", "gone.iso", "b.iso", "folder.iso", "c.iso"]
    results, errors = checksums([listing[name] for name in order])
    assert results == {listing[name]: digest(name) for name in ("a.iso", "b.iso", "c.iso")}
    assert sorted(errors) == sorted([listing["gone.iso"], listing["folder.iso"]])


def message_of(path):
    try:
        open(path, "rb").close()
    except OSError as err:
        return str(err)


def test_errors_hold_the_messages(listing):
    bad = [listing["gone.iso"], listing["folder.iso"]]
    assert checksums(bad) == ({}, {path: message_of(path) for path in bad})


def test_the_work_runs_in_a_process_pool(listing, monkeypatch):
    made = []

    class PoolSpy(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            made.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", PoolSpy)
    monkeypatch.setitem(globals(), "ProcessPoolExecutor", PoolSpy)
    checksums([listing["a.iso"], listing["gone.iso"]])
    assert made, "hash the files in a ProcessPoolExecutor"


def test_nothing_to_do():
    assert checksums([]) == ({}, {})
