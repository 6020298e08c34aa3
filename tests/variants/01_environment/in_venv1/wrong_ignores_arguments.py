import sys


def in_virtualenv(prefix, base_prefix):
    return prefix != sys.base_prefix
