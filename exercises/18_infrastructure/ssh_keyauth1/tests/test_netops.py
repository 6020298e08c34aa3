import paramiko
import pytest

from netops import hostname_of

USER = "netops"
PASSPHRASE = "correct horse battery"


@pytest.fixture
def key_lab(lab, tmp_path):
    """The lab device, accepting only the public key of a new key pair. The private key is
    saved in tmp_path/id_ecdsa, encrypted with PASSPHRASE; the test gets its path."""
    key = paramiko.ECDSAKey.generate()
    path = tmp_path / "id_ecdsa"
    key.write_private_key_file(str(path), password=PASSPHRASE)
    lab.allowed_auths = ["publickey"]
    lab.authorized_keys = [key]
    lab.key_path = str(path)
    return lab


def test_logs_in_with_the_key(key_lab):
    lab = key_lab
    assert hostname_of(lab.host, lab.port, USER, lab.key_path, PASSPHRASE) == "sw-core-01"
    assert ("publickey", USER) in lab.auth_attempts


def test_the_passphrase_is_never_sent(key_lab):
    lab = key_lab
    try:
        hostname_of(lab.host, lab.port, USER, lab.key_path, PASSPHRASE)
    except paramiko.SSHException:
        pass
    sent = [method for method, _ in lab.auth_attempts if method == "password"]
    assert sent == [], "the passphrase was sent to the device as a password"


def test_a_wrong_passphrase_cannot_unlock_the_key(key_lab):
    lab = key_lab
    with pytest.raises(Exception):
        hostname_of(lab.host, lab.port, USER, lab.key_path, "wrong passphrase")
    assert lab.commands == []


def test_a_key_the_device_does_not_know_is_refused(key_lab, tmp_path):
    lab = key_lab
    stranger = tmp_path / "id_stranger"
    paramiko.ECDSAKey.generate().write_private_key_file(str(stranger), password=PASSPHRASE)
    with pytest.raises(paramiko.SSHException):
        hostname_of(lab.host, lab.port, USER, str(stranger), PASSPHRASE)
    assert lab.commands == []
