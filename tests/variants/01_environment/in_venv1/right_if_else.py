import sys


def in_virtualenv(prefix, base_prefix):
    if prefix == base_prefix:
        return False
    else:
        return True
