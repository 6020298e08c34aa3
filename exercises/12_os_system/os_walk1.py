"""Walk a directory tree with os.walk.

`find_logs(root)` returns the paths of all `.log` files under `root`, relative
to `root` and sorted. Hidden directories (names starting with ".", like `.git`)
must not be entered at all. `total_size(root)` adds up the sizes, in bytes, of
every file under `root`, hidden ones included.
"""
import os


def find_logs(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        # TODO: keep os.walk out of hidden directories. After this loop body
        #       runs, os.walk goes into the names still in `dirnames`.
        for name in filenames:
            if name.endswith(".log"):
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)


def total_size(root):
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        for name in filenames:
            # TODO: `name` is only the file's name, not where it is.
            total += os.path.getsize(name)
    return total


# --- tests: read them, don't change them ---
import os

import pytest

FILES = {
    "app.log": b"started\n",                # 8 bytes
    "zz-last.log": b"",                     # 0
    "notes.txt": b"hello",                  # 5
    "api/v1.log": b"ok\n",                  # 3
    "web/access.log": b"GET /\n" * 3,       # 18
    "web/old/error.log": b"boom\n",         # 5
    ".git/hooks/commit.log": b"x" * 10,     # 10
    "web/.cache/tmp.log": b"y" * 4,         # 4
}


@pytest.fixture
def tree(tmp_path):
    for rel, data in FILES.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return str(tmp_path)


def test_finds_logs_in_subdirectories(tree):
    assert os.path.join("web", "old", "error.log") in find_logs(tree)


def test_skips_hidden_directories_and_sorts(tree):
    assert find_logs(tree) == [
        os.path.join("api", "v1.log"),
        "app.log",
        os.path.join("web", "access.log"),
        os.path.join("web", "old", "error.log"),
        "zz-last.log",
    ]


def test_hidden_directories_are_not_even_opened(tree, monkeypatch):
    opened = []
    real_scandir, real_listdir = os.scandir, os.listdir

    def scandir_spy(path="."):
        opened.append(os.fspath(path))
        return real_scandir(path)

    def listdir_spy(path="."):
        opened.append(os.fspath(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "scandir", scandir_spy)
    monkeypatch.setattr(os, "listdir", listdir_spy)
    find_logs(tree)
    hidden = [p for p in opened if ".git" in p or ".cache" in p]
    assert hidden == [], "find_logs still reads the hidden folders: prune them"


def test_total_size_counts_every_file(tree):
    assert total_size(tree) == 8 + 0 + 5 + 3 + 18 + 5 + 10 + 4


def test_empty_directory(tmp_path):
    assert find_logs(str(tmp_path)) == []
    assert total_size(str(tmp_path)) == 0
