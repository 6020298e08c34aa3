"""Temporary files in tests: pytest's `tmp_path` fixture.

`save_backup` is correct. Testing it needs real files and folders, and a test
must never touch files that matter. A test that names the parameter `tmp_path`
gets a fresh, empty folder (a `pathlib.Path`) that belongs to that test alone.
Write the tests of the TODOs with `tmp_path`: every file and folder your tests
make must be under it.
"""

from pathlib import Path


def save_backup(source: Path, backup_dir: Path) -> Path:
    """Copy the file `source` into `backup_dir` as NAME.bak, creating `backup_dir`
    (parents too) when it is missing. A backup is never overwritten: when NAME.bak
    exists, use NAME.bak.1, then NAME.bak.2, and so on. Return the new backup's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{source.name}.bak"
    number = 0
    while target.exists():
        number += 1
        target = backup_dir / f"{source.name}.bak.{number}"
    target.write_bytes(source.read_bytes())
    return target


import pytest


@pytest.fixture
def source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = Path("report.csv")
    path.write_text("a,b\n", encoding="utf-8")
    return path


def test_backup_is_a_copy(source):
    backup = save_backup(source, Path("."))
    assert backup.name == "report.csv.bak"
    assert backup.read_bytes() == b"a,b\n"


def test_nested_folders(source):
    backup = save_backup(source, Path("one", "two", "three"))
    assert backup == Path("one", "two", "three", "report.csv.bak")
    assert backup.exists()


def test_numbers_count_up(source):
    made = []
    for text in ["1", "2", "3"]:
        source.write_text(text, encoding="utf-8")
        made.append(save_backup(source, Path("b")))
    assert [p.name for p in made] == ["report.csv.bak", "report.csv.bak.1", "report.csv.bak.2"]
    assert [p.read_text(encoding="utf-8") for p in made] == ["1", "2", "3"]
