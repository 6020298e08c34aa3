import json

from logsweep.cli import main


def setup_logs(tmp_path, make_file, write_config):
    logs = tmp_path / "logs"
    make_file(logs / "old.log", size=500, age_days=30)
    make_file(logs / "web" / "older.log", size=700, age_days=60)
    make_file(logs / "fresh.log", size=50, age_days=1)
    make_file(logs / "busy.log", size=5_000, age_days=0)
    config = write_config(
        f'directory = "{logs.as_posix()}"\nrotate_over_bytes = 1000\nkeep = 2\n'
    )
    return logs, config


def names(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_run_deletes_old_logs_and_rotates_big_ones(tmp_path, make_file, write_config):
    logs, config = setup_logs(tmp_path, make_file, write_config)
    assert main(["--config", str(config)]) == 0
    assert names(logs) == ["busy.log", "busy.log.1", "fresh.log"]


def test_dry_run_touches_nothing(tmp_path, make_file, write_config):
    logs, config = setup_logs(tmp_path, make_file, write_config)
    before = names(logs)
    assert main(["--config", str(config), "--dry-run"]) == 0
    assert names(logs) == before


def test_max_age_option_overrides_the_config(tmp_path, make_file, write_config):
    logs, config = setup_logs(tmp_path, make_file, write_config)
    assert main(["--config", str(config), "--max-age", "45"]) == 0
    assert "old.log" in names(logs)
    assert "web/older.log" not in names(logs)


def test_bad_config_exits_with_2_and_says_why(write_config, capsys):
    config = write_config('directory = "logs"\nkeep = -1\n')
    assert main(["--config", str(config)]) == 2
    assert "keep" in capsys.readouterr().err


def test_report_option_writes_the_json_report(tmp_path, make_file, write_config):
    logs, config = setup_logs(tmp_path, make_file, write_config)
    report = tmp_path / "report.json"
    assert main(["--config", str(config), "--dry-run", "--report", str(report)]) == 0
    data = json.loads(report.read_text())
    assert data["summary"] == {"deleted": 2, "rotated": 1, "bytes_freed": 1200}
