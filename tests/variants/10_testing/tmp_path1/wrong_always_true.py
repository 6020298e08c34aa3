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
    assert source.exists()


def test_second_backup_does_not_overwrite_the_first(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("text", encoding="utf-8")
    save_backup(source, tmp_path)
    save_backup(source, tmp_path)
    assert any(tmp_path.iterdir())
