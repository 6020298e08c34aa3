from datetime import datetime, timedelta

from netbackup.store import diff_configs, list_backups, prune, save_backup

T0 = datetime(2024, 5, 1, 2, 0, 0)


def test_first_backup_is_saved_under_the_device(tmp_path):
    path = save_backup(tmp_path, "core-sw1", "hostname core-sw1\n", T0)
    assert path == tmp_path / "core-sw1" / "20240501T020000.cfg"
    assert path.read_text() == "hostname core-sw1\n"


def test_an_unchanged_config_is_not_saved_again(tmp_path):
    save_backup(tmp_path, "core-sw1", "hostname core-sw1\n", T0)
    assert save_backup(tmp_path, "core-sw1", "hostname core-sw1\n", T0 + timedelta(days=1)) is None
    assert len(list_backups(tmp_path, "core-sw1")) == 1


def test_diff_shows_removed_and_added_lines():
    old = "hostname r1\nntp server 10.0.0.1\nlogging on\n"
    new = "hostname r1\nntp server 10.0.0.2\nlogging on\n"
    lines = diff_configs(old, new, "r1").splitlines()
    assert "-ntp server 10.0.0.1" in lines
    assert "+ntp server 10.0.0.2" in lines
    assert " hostname r1" in lines


def test_no_diff_for_equal_configs():
    assert diff_configs("a\nb\n", "a\nb\n", "r1") == ""


def test_prune_keeps_the_newest(tmp_path):
    for day in range(5):
        save_backup(tmp_path, "r1", f"version {day}\n", T0 + timedelta(days=day))
    deleted = prune(tmp_path, "r1", keep=2)
    assert len(deleted) == 3
    assert [p.read_text() for p in list_backups(tmp_path, "r1")] == ["version 3\n", "version 4\n"]


def test_prune_to_zero_removes_every_backup(tmp_path):
    for day in range(3):
        save_backup(tmp_path, "r1", f"version {day}\n", T0 + timedelta(days=day))
    assert len(prune(tmp_path, "r1", keep=0)) == 3
    assert list_backups(tmp_path, "r1") == []
