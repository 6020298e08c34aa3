"""Automation you can run twice: idempotent, with a dry run and exit codes.

`sync_dir(src, dst, dry_run=False)` makes the files directly in `dst` match
those in `src`: a file missing in `dst` is created, one whose content differs
is updated, one that is already the same is NOT touched. It returns the sorted
actions, like ["create a.conf", "update b.conf"] - so a second run returns [].
With dry_run=True it returns the same actions but changes nothing on disk.
`main(argv)` is the command line `sync SRC DST [--dry-run]`: it prints each
action and returns 0, or prints an error to stderr and returns 1 when SRC is
not a folder.
"""
import argparse
import shutil
import sys
from pathlib import Path


def sync_dir(src, dst, dry_run=False):
    src, dst = Path(src), Path(dst)
    actions = []
    for source in sorted(src.iterdir()):
        if not source.is_file():
            continue
        target = dst / source.name
        if target.exists() and target.read_bytes() == source.read_bytes():
            continue
        verb = "update" if target.exists() else "create"
        actions.append(f"{verb} {source.name}")
        if dry_run:
            continue
        dst.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return actions


def main(argv=None):
    parser = argparse.ArgumentParser(prog="sync")
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if not Path(args.src).is_dir():
        print(f"sync: {args.src} is not a folder", file=sys.stderr)
        return 1
    for action in sync_dir(args.src, args.dst, dry_run=args.dry_run):
        print(action)
    return 0


# --- tests: read them, don't change them ---
import os

import pytest

OLD = 1_600_000_000  # a timestamp long ago, to see whether a file was rewritten


@pytest.fixture
def src(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "app.conf").write_text("port = 8080\n")
    (folder / "db.conf").write_text("host = db1\n")
    (folder / "nested").mkdir()
    return folder


def snapshot(folder):
    """Every file in folder with its content and modification time."""
    if not folder.exists():
        return None
    return {p.name: (p.read_text(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_first_run_creates_everything(src, tmp_path):
    dst = tmp_path / "dst"
    assert sync_dir(src, dst) == ["create app.conf", "create db.conf"]
    assert (dst / "app.conf").read_text() == "port = 8080\n"
    assert (dst / "db.conf").read_text() == "host = db1\n"


def test_second_run_changes_nothing(src, tmp_path):
    dst = tmp_path / "dst"
    sync_dir(src, dst)
    for path in dst.iterdir():
        os.utime(path, (OLD, OLD))
    before = snapshot(dst)
    assert sync_dir(src, dst) == []
    assert snapshot(dst) == before


def test_only_changed_files_are_updated(src, tmp_path):
    dst = tmp_path / "dst"
    sync_dir(src, dst)
    (src / "db.conf").write_text("host = db2\n")
    assert sync_dir(src, dst) == ["update db.conf"]
    assert (dst / "db.conf").read_text() == "host = db2\n"


def test_extra_files_in_dst_are_left_alone(src, tmp_path):
    dst = tmp_path / "dst"
    dst.mkdir()
    (dst / "local.conf").write_text("mine\n")
    sync_dir(src, dst)
    assert (dst / "local.conf").read_text() == "mine\n"


def test_dry_run_reports_but_changes_nothing(src, tmp_path):
    dst = tmp_path / "dst"
    dst.mkdir()
    (dst / "app.conf").write_text("port = 9999\n")
    os.utime(dst / "app.conf", (OLD, OLD))
    before = snapshot(dst)
    assert sync_dir(src, dst, dry_run=True) == ["update app.conf", "create db.conf"]
    assert snapshot(dst) == before


def test_dry_run_does_not_create_dst(src, tmp_path):
    dst = tmp_path / "new-dst"
    assert sync_dir(src, dst, dry_run=True) == ["create app.conf", "create db.conf"]
    assert not dst.exists()


def test_main_prints_the_actions(src, tmp_path, capsys):
    assert main([str(src), str(tmp_path / "dst"), "--dry-run"]) == 0
    assert capsys.readouterr().out == "create app.conf\ncreate db.conf\n"
    assert not (tmp_path / "dst").exists()


def test_main_missing_source_is_exit_code_1(tmp_path, capsys):
    assert main([str(tmp_path / "nope"), str(tmp_path / "dst")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() != ""


def test_main_wrong_usage_is_exit_code_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["only-one-argument"])
    assert info.value.code == 2
