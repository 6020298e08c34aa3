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


# TODO: a backup folder that doesn't exist yet, two levels deep, is created


# TODO: a second backup of the same file is NAME.bak.1, and NAME.bak keeps its content


# TODO: a third backup is NAME.bak.2


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `save_backup` above, without
# leaving files in the working folder. Then each broken `save_backup` below is put
# in its place in turn, and your tests run again: for every one of them at least
# one of your tests must fail, or that bug would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist, run_your_tests

THIS = sys.modules[__name__]


def save_backup_without_creating_the_folder(source, backup_dir):
    target = backup_dir / f"{source.name}.bak"
    number = 0
    while target.exists():
        number += 1
        target = backup_dir / f"{source.name}.bak.{number}"
    target.write_bytes(source.read_bytes())
    return target


def save_backup_creating_one_level_only(source, backup_dir):
    backup_dir.mkdir(exist_ok=True)
    return save_backup_without_creating_the_folder(source, backup_dir)


def save_backup_overwriting(source, backup_dir):
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{source.name}.bak"
    target.write_bytes(source.read_bytes())
    return target


def save_backup_with_one_spare_name(source, backup_dir):
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{source.name}.bak"
    if target.exists():
        target = backup_dir / f"{source.name}.bak.1"
    target.write_bytes(source.read_bytes())
    return target


def save_backup_renaming_the_old_backup(source, backup_dir):
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{source.name}.bak"
    number = 0
    while (backup_dir / f"{source.name}.bak.{number + 1}").exists():
        number += 1
    if target.exists():
        target.rename(backup_dir / f"{source.name}.bak.{number + 1}")
    target.write_bytes(source.read_bytes())
    return target


BROKEN = {
    "a save_backup that doesn't create a missing folder": save_backup_without_creating_the_folder,
    "a save_backup that creates only the last missing folder": save_backup_creating_one_level_only,
    "a save_backup that overwrites NAME.bak": save_backup_overwriting,
    "a save_backup that overwrites NAME.bak.1 from the third backup on":
        save_backup_with_one_spare_name,
    "a save_backup that writes the new backup as NAME.bak and renames the old one":
        save_backup_renaming_the_old_backup,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


def test_your_tests_write_only_under_tmp_path(tmp_path, monkeypatch):
    working_folder = tmp_path / "working-folder"
    working_folder.mkdir()
    monkeypatch.chdir(working_folder)
    run_your_tests(THIS, tmp_path, cached=False)
    left = sorted(path.name for path in working_folder.iterdir())
    assert not left, (
        f"your tests left {', '.join(left[:3])} in the working folder: build every path "
        "from tmp_path")


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "save_backup"): BROKEN[bug]}, bug)
