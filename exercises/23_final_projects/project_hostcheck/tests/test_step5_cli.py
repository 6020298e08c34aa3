"""Step 5: hostcheck/cli.py and hostcheck/__main__.py, the command."""
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(need):
    need("hostcheck", 1)
    return need("hostcheck.cli", 5)


@pytest.fixture
def targets_file(tmp_path, tcp_server, closed_port, web):
    path = tmp_path / "targets.toml"
    path.write_text(f"""
[[target]]
name = "web1"
host = "127.0.0.1"
port = {tcp_server.port}

[[target]]
name = "db1"
host = "127.0.0.1"
port = {closed_port}

[[target]]
name = "api"
url = "{web.url}/health"
""", encoding="utf-8")
    return path


def test_a_failing_target_gives_exit_code_1(cli, targets_file, capsys):
    assert cli.main([str(targets_file)]) == 1
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].strip() == "2 of 3 ok"


def test_all_ok_gives_exit_code_0(cli, tmp_path, tcp_server, capsys):
    path = tmp_path / "ok.toml"
    path.write_text(f'[[target]]\nname = "web1"\nhost = "127.0.0.1"\nport = {tcp_server.port}\n')
    assert cli.main([str(path)]) == 0
    assert "1 of 1 ok" in capsys.readouterr().out


def test_json_output(cli, targets_file, capsys):
    assert cli.main([str(targets_file), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(item["name"], item["ok"]) for item in data] == [
        ("web1", True), ("db1", False), ("api", True)]


def test_a_bad_targets_file_gives_exit_code_2(cli, tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('[[target]]\nname = "a"\n')
    assert cli.main([str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ")
    assert captured.out == ""


def test_the_timeout_option_reaches_the_checks(cli, targets_file, monkeypatch, capsys):
    seen = []
    real_connect, real_settimeout = socket.create_connection, socket.socket.settimeout

    def create_connection(address, timeout=None, *args, **kwargs):
        seen.append(timeout)
        return real_connect(address, timeout, *args, **kwargs)

    def settimeout(self, value):
        seen.append(value)
        return real_settimeout(self, value)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket.socket, "settimeout", settimeout)
    cli.main([str(targets_file), "--timeout", "0.75"])
    assert 0.75 in seen, "--timeout didn't reach the checks"


def test_python_dash_m(cli, targets_file):
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "NO_PROXY": "127.0.0.1,localhost"}
    done = subprocess.run([sys.executable, "-m", "hostcheck", str(targets_file)],
                          capture_output=True, text=True, timeout=5, env=env)
    code = done.returncode
    assert code == 1, f"python -m hostcheck exited with {code}"
    assert "2 of 3 ok" in done.stdout
