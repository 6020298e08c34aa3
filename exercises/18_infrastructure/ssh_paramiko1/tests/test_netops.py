import paramiko
import pytest

from netops import run_command

USER, PASSWORD = "netops", "lab-pass"


def test_output_is_text(lab):
    status, output = run_command(lab.host, lab.port, USER, PASSWORD, "show clock")
    assert output == "*10:15:02.123 UTC Fri Mar 1 2024\n"
    assert status == 0


def test_unknown_command_fails(lab):
    status, output = run_command(lab.host, lab.port, USER, PASSWORD, "show bogus")
    assert status == 1
    assert output == ""


def test_a_warning_on_stderr_is_not_a_failure(lab):
    status, output = run_command(lab.host, lab.port, USER, PASSWORD,
                                 "show inventory | include PID")
    assert status == 0, f"status {status}, but the device exited with 0: it only warned on stderr"
    assert "FOC2231X0AB" in output


def test_a_failure_without_stderr_is_a_failure(lab):
    status, output = run_command(lab.host, lab.port, USER, PASSWORD,
                                 "ping 192.0.2.99 repeat 2")
    assert status == 1, f"status {status}, but the device exited with 1 (with nothing on stderr)"
    assert output == "Success rate is 0 percent (0/2)\n"


def test_the_connection_is_closed_afterwards(lab):
    run_command(lab.host, lab.port, USER, PASSWORD, "show clock")
    assert lab.open_connections() == 0, "the SSH connection is still open"


def test_wrong_password_raises(lab):
    with pytest.raises(paramiko.AuthenticationException):
        run_command(lab.host, lab.port, USER, "guess", "show clock")
