import paramiko
import pytest

from netops import run_commands

USER, PASSWORD = "netops", "lab-pass"
COMMANDS = [
    "show running-config | include hostname",
    "show bogus",
    "show clock",
    "show version | include Version",
]


def test_every_command_gets_its_result(lab):
    results = run_commands(lab.host, lab.port, USER, PASSWORD, COMMANDS)
    assert results == {
        "show running-config | include hostname": (0, "hostname sw-core-01\n"),
        "show bogus": (1, ""),
        "show clock": (0, "*10:15:02.123 UTC Fri Mar 1 2024\n"),
        "show version | include Version": (0, "Cisco IOS XE Software, Version 17.09.04a\n"),
    }
    assert lab.commands == COMMANDS


def test_one_login_for_all_commands(lab):
    run_commands(lab.host, lab.port, USER, PASSWORD, COMMANDS)
    logins = lab.connections
    assert logins == 1, f"{len(COMMANDS)} commands made {logins} SSH connections instead of 1"


def test_the_connection_is_closed_at_the_end(lab):
    run_commands(lab.host, lab.port, USER, PASSWORD, COMMANDS)
    assert lab.open_connections() == 0, "the SSH connection is still open"


def test_the_connection_is_closed_when_a_command_raises(lab, monkeypatch):
    def broken_exec(self, command, *args, **kwargs):
        raise paramiko.SSHException("channel closed")

    monkeypatch.setattr(paramiko.Channel, "exec_command", broken_exec)
    with pytest.raises(paramiko.SSHException):
        run_commands(lab.host, lab.port, USER, PASSWORD, COMMANDS)
    assert lab.open_connections() == 0, "the SSH connection is still open"


def test_no_commands_is_fine(lab):
    assert run_commands(lab.host, lab.port, USER, PASSWORD, []) == {}


def test_wrong_password_raises(lab):
    with pytest.raises(paramiko.AuthenticationException):
        run_commands(lab.host, lab.port, USER, "guess", ["show clock"])
