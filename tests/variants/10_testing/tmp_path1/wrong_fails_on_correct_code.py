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


def test_backup_is_a_copy_named_bak(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("buy milk\n", encoding="utf-8")
    backup = save_backup(source, tmp_path)
    assert backup == tmp_path / "notes.txt.bak"
    assert backup.read_text(encoding="utf-8") == "buy milk\n"


def test_missing_backup_folders_are_created(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("buy milk\n", encoding="utf-8")
    backup_dir = tmp_path / "backups" / "2024"
    backup = save_backup(source, backup_dir)
    assert backup == backup_dir / "notes.txt.bak"
    assert backup.read_text(encoding="utf-8") == "buy milk\n"


def test_second_backup_does_not_overwrite_the_first(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("version 1\n", encoding="utf-8")
    first = save_backup(source, tmp_path)
    source.write_text("version 2\n", encoding="utf-8")
    second = save_backup(source, tmp_path)
    assert second == tmp_path / "notes.txt.bak.2"
    assert first.read_text(encoding="utf-8") == "version 1\n"
    assert second.read_text(encoding="utf-8") == "version 2\n"


def test_third_backup_gets_the_next_number(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("text\n", encoding="utf-8")
    backups = [save_backup(source, tmp_path) for _ in range(3)]
    assert backups[2] == tmp_path / "notes.txt.bak.2"
