import time

from logsweep.scan import find_big_files, find_old_files


def test_finds_files_older_than_max_age(tmp_path, make_file):
    old = make_file(tmp_path / "app.log", age_days=20)
    make_file(tmp_path / "today.log", age_days=0)
    make_file(tmp_path / "recent.log", age_days=13)
    assert find_old_files(tmp_path, "*.log", 14, time.time()) == [old]


def test_looks_in_subfolders(tmp_path, make_file):
    nested = make_file(tmp_path / "web" / "2024" / "access.log", age_days=30)
    top = make_file(tmp_path / "worker.log", age_days=30)
    assert find_old_files(tmp_path, "*.log", 7, time.time()) == sorted([nested, top])


def test_only_matching_files_count(tmp_path, make_file):
    make_file(tmp_path / "notes.txt", age_days=100)
    make_file(tmp_path / "app.log.1", age_days=100)
    assert find_old_files(tmp_path, "*.log", 7, time.time()) == []


def test_big_files_are_found_by_size(tmp_path, make_file):
    big = make_file(tmp_path / "big.log", size=2_000)
    make_file(tmp_path / "small.log", size=100)
    assert find_big_files(tmp_path, "*.log", 1_000) == [big]
