import paramiko
import pytest

from netops import run_command, run_commands

USER, PASSWORD = "netops", "lab-pass"


def test_run_command_returns_status_and_output(lab):
    status, output = run_command(lab.host, lab.port, USER, PASSWORD, "show clock")
    assert status == 0
    assert output == "*10:15:02.123 UTC Fri Mar 1 2024\n"


def test_failing_command_has_a_nonzero_status(lab):
    status, output = run_command(lab.host, lab.port, USER, PASSWORD, "show bogus")
    assert status != 0
    assert output == ""


def test_wrong_password_raises(lab):
    with pytest.raises(paramiko.AuthenticationException):
        run_command(lab.host, lab.port, USER, "guess", "show clock")


def test_run_commands_uses_one_connection(lab):
    commands = ["show clock", "show running-config | include hostname", "show bogus"]
    results = run_commands(lab.host, lab.port, USER, PASSWORD, commands)
    assert results == {
        "show clock": (0, "*10:15:02.123 UTC Fri Mar 1 2024\n"),
        "show running-config | include hostname": (0, "hostname sw-core-01\n"),
        "show bogus": (1, ""),
    }
    assert lab.commands == commands
    assert lab.connections == 1
