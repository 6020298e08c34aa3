"""Write your own context manager: a class with __enter__ and __exit__.

`with open(...) as f:` works because a file object is a context manager: `with` calls its
`__enter__()` method at the start (what it returns is what `as` gets) and its
`__exit__(exc_type, exc, tb)` method at the end, on every way out. When the block raised, the
three arguments describe the exception, otherwise they are all None; when __exit__ returns a
true value the exception is swallowed, otherwise it goes on.

`AtomicWrite(path)` replaces a file in one step, so that a program reading it never sees half
a file, and a failure never leaves one:
    with AtomicWrite(path) as f:
        f.write(...)
- __enter__ opens a temporary file beside path, `path` + ".tmp", for writing text
  and returns the open file. Until the block ends, path keeps its old content.
- __exit__ closes the temporary file. If the block raised nothing, it moves the temporary file
  over path (Path.replace() does that in one step). If the block raised, it deletes the
  temporary file, path keeps its old content, and the exception goes on to the caller.
The class statement and __init__ are written; chapter 08 covers classes in full.
"""
from pathlib import Path


class AtomicWrite:
    def __init__(self, path):
        self.path = Path(path)
        self.tmp_path = self.path.with_name(self.path.name + ".tmp")
        self.file = None

    def __enter__(self):
        # TODO: open self.tmp_path for writing, keep the file in self.file, and return it
        pass

    def __exit__(self, exc_type, exc, tb):
        # TODO: close the file; then move it over self.path, or delete it if the block raised
        pass


# --- tests: read them, don't change them ---
import pytest


def names_in(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_file(tmp_path):
    path = tmp_path / "hosts.txt"
    with AtomicWrite(path) as f:
        f.write("web01\nweb02\n")
    assert path.read_text(encoding="utf-8") == "web01\nweb02\n"
    assert names_in(tmp_path) == ["hosts.txt"]


def test_replaces_an_existing_file(tmp_path):
    path = tmp_path / "hosts.txt"
    path.write_text("old01\n", encoding="utf-8")
    with AtomicWrite(path) as f:
        f.write("new01\n")
    assert path.read_text(encoding="utf-8") == "new01\n"
    assert names_in(tmp_path) == ["hosts.txt"]


def test_old_content_stays_until_the_block_ends(tmp_path):
    path = tmp_path / "hosts.txt"
    path.write_text("old01\n", encoding="utf-8")
    with AtomicWrite(path) as f:
        f.write("new01\n")
        f.flush()
        assert path.read_text(encoding="utf-8") == "old01\n"
        assert (tmp_path / "hosts.txt.tmp").read_text(encoding="utf-8") == "new01\n"


def test_writes_utf8_text(tmp_path):
    path = tmp_path / "motd.txt"
    with AtomicWrite(path) as f:
        f.write("Wartung: Dienstag → 22:00\n")
    assert path.read_bytes() == "Wartung: Dienstag → 22:00\n".encode("utf-8")


def test_failure_keeps_the_old_file_and_raises(tmp_path):
    path = tmp_path / "hosts.txt"
    path.write_text("old01\n", encoding="utf-8")
    with pytest.raises(ZeroDivisionError):
        with AtomicWrite(path) as f:
            f.write("half a fi")
            1 / 0
    assert path.read_text(encoding="utf-8") == "old01\n"
    assert names_in(tmp_path) == ["hosts.txt"]


def test_failure_on_a_new_file_leaves_nothing(tmp_path):
    with pytest.raises(KeyError):
        with AtomicWrite(tmp_path / "new.txt") as f:
            f.write("x")
            {}["missing"]
    assert names_in(tmp_path) == []


def test_the_file_is_closed_afterwards(tmp_path):
    with AtomicWrite(tmp_path / "a.txt") as f:
        f.write("a")
    assert f.closed
    with pytest.raises(RuntimeError):
        with AtomicWrite(tmp_path / "b.txt") as g:
            raise RuntimeError("stop")
    assert g.closed
