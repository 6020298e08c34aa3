import os
import stat


def permissions(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def is_too_open(path):
    return bool(permissions(path) & 0o077)


def make_private(path):
    os.chmod(path, 600)
