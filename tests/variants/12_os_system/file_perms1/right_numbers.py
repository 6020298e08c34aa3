import os
import stat


def permissions(path):
    return os.stat(path).st_mode & 0o777


def is_too_open(path):
    return permissions(path) & 0o077 != 0


def make_private(path):
    os.chmod(path, 0o600)
