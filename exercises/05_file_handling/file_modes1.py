"""Open a file in the mode that fits the job.

`append_event(path, event)` adds one line to a log, keeps what is already there, and creates
the file when it is missing. `create_lockfile(path, owner)` writes the owner's name into a NEW
lock file; if the file already exists it raises FileExistsError and leaves the file untouched.
Another program may create the lock at any moment, so "check whether it exists, then write" is
not enough: the check and the creation must be one step, and the right mode does both.
"""


def append_event(path, event):
    # TODO: "w" empties the file first; pick the mode that writes at the end
    with open(path, "w", encoding="utf-8") as f:
        f.write(event + "\n")


def create_lockfile(path, owner):
    # TODO: "w" silently replaces an existing lock; pick the mode that refuses to
    with open(path, "w", encoding="utf-8") as f:
        f.write(owner + "\n")


# --- tests: read them, don't change them ---
import os
from pathlib import Path

import pytest


def test_append_keeps_earlier_lines(tmp_path):
    log = tmp_path / "deploy.log"
    append_event(log, "build started")
    append_event(log, "build finished")
    assert log.read_text(encoding="utf-8") == "build started\nbuild finished\n"


def test_append_adds_to_an_existing_file(tmp_path):
    log = tmp_path / "deploy.log"
    log.write_text("old entry\n", encoding="utf-8")
    append_event(log, "new entry")
    assert log.read_text(encoding="utf-8") == "old entry\nnew entry\n"


def test_append_creates_a_missing_file(tmp_path):
    log = tmp_path / "new.log"
    append_event(log, "first")
    assert log.read_text(encoding="utf-8") == "first\n"


def test_lockfile_is_created_with_owner(tmp_path):
    lock = tmp_path / "backup.lock"
    create_lockfile(lock, "alice")
    assert lock.read_text(encoding="utf-8") == "alice\n"


def test_existing_lockfile_is_refused_and_kept(tmp_path):
    lock = tmp_path / "backup.lock"
    lock.write_text("alice\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        create_lockfile(lock, "bob")
    assert lock.read_text(encoding="utf-8") == "alice\n"


def test_lock_taken_between_check_and_open(tmp_path, monkeypatch):
    # Another program creates the lock right after any "does it exist?" check of yours.
    lock = tmp_path / "backup.lock"
    lock.write_text("alice\n", encoding="utf-8")
    monkeypatch.setattr(Path, "exists", lambda self, *args, **kwargs: False)
    monkeypatch.setattr(Path, "is_file", lambda self, *args, **kwargs: False)
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    monkeypatch.setattr(os.path, "isfile", lambda path: False)
    with pytest.raises(FileExistsError):
        create_lockfile(lock, "bob")
    assert lock.read_text(encoding="utf-8") == "alice\n"
