"""Mode bits: add a permission without losing the others, and show them like `ls -l`.

A file's permissions are nine bits, three for each class:
    owner rwx (0o700)   group rwx (0o070)   others rwx (0o007)
with r = 4, w = 2, x = 1 in each octal digit: 0o754 is rwxr-xr--.
`make_executable(path)` gives the execute bit to each class that may READ
the file, and keeps every bit the file already has (0o644 becomes 0o755,
0o640 becomes 0o750). `describe(path)` returns the mode as `ls -l` shows it,
type included: "-rwxr-xr-x" for a file, "drwxr-x---" for a folder.
"""
import os
import stat


def make_executable(path):
    mode = stat.S_IMODE(os.stat(path).st_mode)
    # each read bit, shifted two places right, is the execute bit of its class
    os.chmod(path, mode | (mode & 0o444) >> 2)


def describe(path):
    return stat.filemode(os.stat(path).st_mode)


# --- tests: read them, don't change them ---
# Modes are set and read as numbers, so the results are the same for any
# user, root included.
import os

import pytest


def mode_of(path):
    return oct(os.stat(path).st_mode & 0o7777)


@pytest.mark.parametrize("before, after", [
    (0o644, 0o755),
    (0o600, 0o700),
    (0o640, 0o750),
    (0o604, 0o705),
    (0o444, 0o555),
    (0o200, 0o200),
    (0o755, 0o755),
])
def test_make_executable(tmp_path, before, after):
    path = tmp_path / "deploy.sh"
    path.write_text("#!/bin/sh\necho deploying\n")
    os.chmod(path, before)
    make_executable(path)
    assert mode_of(path) == oct(after), f"{oct(before)} should become {oct(after)}"


@pytest.mark.parametrize("mode, shown", [
    (0o755, "-rwxr-xr-x"),
    (0o640, "-rw-r-----"),
    (0o604, "-rw----r--"),
])
def test_describe_a_file(tmp_path, mode, shown):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    os.chmod(path, mode)
    assert describe(path) == shown


def test_describe_a_folder(tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    os.chmod(folder, 0o750)
    assert describe(folder) == "drwxr-x---"
