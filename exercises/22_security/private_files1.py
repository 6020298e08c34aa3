"""Secure coding principles: a private file is private from its first moment.

`write_private` saves a token to a file. `Path.write_text` creates the file with the default
mode (usually readable by everyone, 0o644 after the umask), and a chmod afterwards leaves a
moment in which another user can open it, and keep it open. Create the file with its final
mode instead: `os.open(path, flags, 0o600)` creates it readable and writable by its owner
only, and `os.fdopen(fd, "w")` turns the descriptor into a normal text file to write to.
The file must be new: if it exists already, raise FileExistsError (the `os.O_EXCL` flag).
"""
import os
from pathlib import Path


def write_private(path: Path, text: str) -> None:
    """Write text to a new file that only its owner can read and write (mode 0o600)."""
    # TODO: create the file with mode 0o600 (and O_EXCL), then write through os.fdopen.
    path.write_text(text)


# --- tests: read them, don't change them ---
import stat

import pytest


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_the_text_is_written(tmp_path, usual_umask):
    write_private(tmp_path / "token", "abc123\n")
    assert (tmp_path / "token").read_text() == "abc123\n"


def test_the_file_is_for_its_owner_only(tmp_path, usual_umask):
    write_private(tmp_path / "token", "abc123")
    assert oct(mode(tmp_path / "token")) == oct(0o600)


def test_the_file_is_never_readable_by_others(tmp_path, usual_umask, monkeypatch):
    seen = []
    real_chmod, real_fchmod = os.chmod, getattr(os, "fchmod", None)

    def watching_chmod(target, new_mode, *args, **kwargs):
        if isinstance(target, int):
            seen.append(stat.S_IMODE(os.fstat(target).st_mode))
        else:
            seen.append(mode(Path(target)))
        return real_chmod(target, new_mode, *args, **kwargs)

    def watching_fchmod(fd, new_mode):
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_fchmod(fd, new_mode)

    monkeypatch.setattr(os, "chmod", watching_chmod)
    if real_fchmod is not None:
        monkeypatch.setattr(os, "fchmod", watching_fchmod)
    write_private(tmp_path / "token", "abc123")
    for before in seen:
        assert before & 0o077 == 0, (
            f"the file existed with mode {oct(before)} before it was made private: "
            "create it with mode 0o600"
        )


def test_an_existing_file_is_not_overwritten(tmp_path, usual_umask):
    (tmp_path / "token").write_text("old")
    with pytest.raises(FileExistsError):
        write_private(tmp_path / "token", "new")
    assert (tmp_path / "token").read_text() == "old"
