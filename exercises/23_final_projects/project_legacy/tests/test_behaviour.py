"""What disk_report does. These tests pass before the refactoring, and must still pass after
every step of it: refactoring changes the structure, never the behaviour."""
import json
import subprocess
import sys
from pathlib import Path

import disk_report

SAMPLES = str(Path(__file__).resolve().parent.parent / "samples" / "disk.csv")

REPORT = """\
log1:/var/log   91.8%   +1.8 GB/day  full in 9 days   CRITICAL
web1:/var       87.8%   +1.4 GB/day  full in 4 days   WARNING
db1:/data       67.4%   +9.0 GB/day  full in 18 days  ok
db1:/           50.5%   +0.0 GB/day  full in 396 days ok
web1:/          31.0%   -0.0 GB/day  not growing      ok
"""

SKIPPED = """\
skipping line 14: used_gb '' is not a number
skipping line 18: size_gb 'fifty' is not a number
"""


def test_the_report(capsys):
    disk_report.main([SAMPLES])
    captured = capsys.readouterr()
    assert captured.out == REPORT
    assert captured.err == SKIPPED


def test_exit_codes(capsys):
    assert disk_report.main([SAMPLES]) == 2
    assert disk_report.main([SAMPLES, "--crit", "95"]) == 1
    assert disk_report.main([SAMPLES, "--warn", "95", "--crit", "99"]) == 0


def test_levels_follow_the_options(capsys):
    disk_report.main([SAMPLES, "--warn", "60", "--crit", "88"])
    levels = [line.split()[-1] for line in capsys.readouterr().out.splitlines()]
    assert levels == ["CRITICAL", "WARNING", "WARNING", "ok", "ok"]


def test_the_alerts_file(tmp_path, capsys):
    alerts = tmp_path / "alerts.json"
    disk_report.main([SAMPLES, "--alerts", str(alerts)])
    assert json.loads(alerts.read_text()) == [
        {"host": "web1", "mount": "/var", "percent": 87.8, "level": "WARNING"},
        {"host": "log1", "mount": "/var/log", "percent": 91.8, "level": "CRITICAL"},
    ]


def test_two_runs_give_the_same_report(capsys):
    disk_report.main([SAMPLES])
    first = capsys.readouterr().out
    disk_report.main([SAMPLES])
    assert capsys.readouterr().out == first


def test_the_script(tmp_path):
    script = Path(disk_report.__file__)
    done = subprocess.run([sys.executable, str(script), SAMPLES], capture_output=True,
                          text=True, timeout=20, cwd=tmp_path)
    code = done.returncode
    assert code == 2, f"the script exited with {code}"
    assert done.stdout == REPORT
