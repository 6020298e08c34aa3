"""Open a file in the mode that fits the job.

`append_event(path, event)` adds one line to a log, keeps what is already there, and creates
the file when it is missing. `create_lockfile(path, owner)` writes the owner's name into a NEW
lock file; if the file already exists it raises FileExistsError and leaves the file untouched.
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
