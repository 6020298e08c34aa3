"""File permissions: read mode bits with os.stat and `stat`, set them with os.chmod.

`permissions(path)` returns only the permission bits of a file (e.g. 0o644).
`is_too_open(path)` says whether a private key file gives ANY access (read,
write or execute) to anyone but its owner - the check ssh does before using a
key. `make_private(path)` sets the file to read/write for its owner only.
"""
import os
import stat


def permissions(path):
    # TODO: st_mode also holds the file type (regular file, folder...)
    return os.stat(path).st_mode


def is_too_open(path):
    mode = permissions(path)
    # TODO: this only looks at "others may read"
    return bool(mode & stat.S_IROTH)


def make_private(path):
    # TODO: is 600 the number you mean? Permissions are written in octal.
    os.chmod(path, 600)


# --- tests: read them, don't change them ---
# Every check is computed from mode numbers, so it gives the same answer
# for any user, root included.
import os
import stat

import pytest


@pytest.fixture
def key(tmp_path):
    path = tmp_path / "id_ed25519"
    path.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    return path


def mode_of(path):
    return oct(os.stat(path).st_mode & 0o7777)


@pytest.mark.parametrize("mode", [0o644, 0o600, 0o400, 0o755])
def test_permissions_are_only_the_permission_bits(key, mode):
    os.chmod(key, mode)
    assert oct(permissions(key)) == oct(mode)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o620, 0o602, 0o610, 0o601, 0o777])
def test_too_open_when_group_or_others_have_any_access(key, mode):
    os.chmod(key, mode)
    assert is_too_open(key) is True


@pytest.mark.parametrize("mode", [0o600, 0o400, 0o700])
def test_fine_when_only_the_owner_has_access(key, mode):
    os.chmod(key, mode)
    assert is_too_open(key) is False


def test_make_private_sets_owner_read_write_only(key):
    os.chmod(key, 0o644)
    make_private(key)
    assert mode_of(key) == oct(0o600)


def test_make_private_fixes_a_key_that_was_too_open(key):
    os.chmod(key, 0o666)
    make_private(key)
    assert is_too_open(key) is False
    assert stat.filemode(os.stat(key).st_mode) == "-rw-------"
