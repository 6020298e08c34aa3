import backup_report
import disk_report
import units


def test_units_module_formats_sizes():
    assert units.human_size(512) == "512 B"
    assert units.human_size(1536) == "1.5 KiB"
    assert units.human_size(5 * 1024**3) == "5.0 GiB"


def test_disk_report_uses_the_helper():
    assert disk_report.disk_lines({"/": 3 * 1024**2, "/tmp": 100}) == ["/: 3.0 MiB", "/tmp: 100 B"]


def test_backup_report_uses_the_same_helper():
    assert backup_report.backup_summary({"web01": 1024, "db01": 2048}) == "2 backups, 3.0 KiB in total"
