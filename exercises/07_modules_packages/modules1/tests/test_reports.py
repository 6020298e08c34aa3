import ast
from pathlib import Path

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


def test_disk_report_has_no_copy_of_the_helper():
    tree = ast.parse(Path(disk_report.__file__).read_text(encoding="utf-8"))
    defined = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert "human_size" not in defined, (
        "disk_report.py still defines its own human_size: move it to units.py, don't copy it"
    )
