import paramiko
import pytest

from netops import hostname_of

USER, PASSWORD = "netops", "lab-pass"


def write_known_hosts(path, lab, key):
    """A known_hosts file with one entry: `key` for the lab's address and port."""
    keys = paramiko.HostKeys()
    keys.add(f"[{lab.host}]:{lab.port}", key.get_name(), key)
    keys.save(str(path))
    return str(path)


def refused(lab, known_hosts, exception=paramiko.SSHException):
    """Call hostname_of and return the exception it raised; fail if it connected."""
    try:
        hostname_of(lab.host, lab.port, USER, PASSWORD, known_hosts)
    except exception as error:
        return error
    pytest.fail("connected to a host whose key is not the one in known_hosts", pytrace=False)


def test_a_known_host_is_trusted(lab, host_key, tmp_path):
    known_hosts = write_known_hosts(tmp_path / "known_hosts", lab, host_key)
    assert hostname_of(lab.host, lab.port, USER, PASSWORD, known_hosts) == "sw-core-01"


def test_an_unknown_host_is_refused(lab, tmp_path):
    known_hosts = str(tmp_path / "known_hosts")
    paramiko.HostKeys().save(known_hosts)  # an empty file: no host is known
    refused(lab, known_hosts)
    assert lab.commands == [], "a command ran on a host whose key is unknown"


def test_no_password_goes_to_an_unknown_host(lab, tmp_path):
    known_hosts = str(tmp_path / "known_hosts")
    paramiko.HostKeys().save(known_hosts)
    try:
        hostname_of(lab.host, lab.port, USER, PASSWORD, known_hosts)
    except paramiko.SSHException:
        pass
    sent = len(lab.auth_attempts)
    assert sent == 0, "the password was sent to a host whose key is unknown"


def test_a_changed_key_is_refused(lab, tmp_path):
    known_hosts = write_known_hosts(tmp_path / "known_hosts", lab, paramiko.ECDSAKey.generate())
    refused(lab, known_hosts, paramiko.BadHostKeyException)
    assert lab.commands == []
