import os
import stat


def permissions(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def is_too_open(path):
    return permissions(path) != 0o600


def make_private(path):
    os.chmod(path, 0o600)
