"""Create a secret file that is private from its very first moment.

`save_token(path, token)` writes `token` to a NEW file that only its owner may
read and write (mode 0o600). Writing the file first and calling chmod after it
leaves a moment in which the file exists with the default mode (0o644 with the
usual umask): anyone may open it then, and keep reading through that open file
after the chmod. So the file must be CREATED with mode 0o600, not changed
afterwards: os.open takes the mode for a new file.
The file must not exist yet (someone may have put a file, or a link to one,
in its place): if it does, raise FileExistsError and leave it alone.
"""
import os


def save_token(path, token):
    # TODO: create the file with mode 0o600 (and only if it does not exist yet)
    #       instead of creating it with the default mode and fixing that later
    with open(path, "w", encoding="utf-8") as f:
        f.write(token)
    os.chmod(path, 0o600)


# --- tests: read them, don't change them ---
# Modes are read as numbers, so the results are the same for any user,
# root included.
import os
from pathlib import Path

import pytest

TOKEN = "ghp_0123456789abcdef"


@pytest.fixture(autouse=True)
def usual_umask():
    saved = os.umask(0o022)
    yield
    os.umask(saved)


@pytest.fixture
def no_chmod(monkeypatch):
    """Makes every way of changing a mode afterwards fail the test."""
    def refuse(*args, **kwargs):
        pytest.fail("the file got its mode from chmod after it was created: "
                    "create it with mode 0o600 instead", pytrace=False)

    for name in ("chmod", "fchmod", "lchmod"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(Path, "chmod", refuse)


def test_writes_the_token(tmp_path):
    path = tmp_path / "token"
    save_token(path, TOKEN)
    assert path.read_text(encoding="utf-8") == TOKEN


def test_file_is_private(tmp_path):
    path = tmp_path / "token"
    save_token(path, TOKEN)
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o600)


def test_created_with_its_mode(tmp_path, no_chmod):
    path = tmp_path / "token"
    save_token(path, TOKEN)
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o600)


def test_existing_file_is_left_alone(tmp_path):
    path = tmp_path / "token"
    path.write_text("someone else's file\n")
    with pytest.raises(FileExistsError):
        save_token(path, TOKEN)
    assert path.read_text() == "someone else's file\n"
