from datetime import datetime, timedelta

from netbackup.client import ConfigClient
from netbackup.inventory import Device
from netbackup.runner import backup_all, summary
from netbackup.store import list_backups
from conftest import TOKEN

T0 = datetime(2024, 5, 1, 2, 0, 0)


def device(name):
    return Device(name, "10.0.0.1", "eos", frozenset())


def test_one_failing_device_does_not_stop_the_run(service, tmp_path):
    devices = [device("core-sw1"), device("broken"), device("edge-r1")]
    results = backup_all(devices, ConfigClient(service, TOKEN), tmp_path, T0)
    assert [(r.device, r.status) for r in results] == [
        ("core-sw1", "saved"), ("broken", "failed"), ("edge-r1", "saved")
    ]
    assert results[1].detail
    assert summary(results) == {"saved": 2, "unchanged": 0, "failed": 1}


def test_second_run_reports_unchanged_and_diffs(service, server, tmp_path):
    devices = [device("core-sw1"), device("core-sw2")]
    client = ConfigClient(service, TOKEN)
    backup_all(devices, client, tmp_path, T0)
    server.configs["core-sw2"] = "hostname core-sw2\nntp server 10.0.0.200\n"
    results = backup_all(devices, client, tmp_path, T0 + timedelta(days=1))
    assert [r.status for r in results] == ["unchanged", "saved"]
    assert "+ntp server 10.0.0.200" in results[1].diff.splitlines()


def test_old_backups_are_pruned_after_saving(service, server, tmp_path):
    client = ConfigClient(service, TOKEN)
    for day in range(4):
        server.configs["core-sw1"] = f"hostname core-sw1\n! day {day}\n"
        backup_all([device("core-sw1")], client, tmp_path, T0 + timedelta(days=day), keep=2)
    backups = list_backups(tmp_path, "core-sw1")
    assert [p.name for p in backups] == ["20240503T020000.cfg", "20240504T020000.cfg"]
