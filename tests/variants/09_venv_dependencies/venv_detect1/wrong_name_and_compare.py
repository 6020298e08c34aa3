import sys


def in_virtualenv(prefix, base_prefix):
    return prefix != base_prefix and "venv" in prefix


def require_virtualenv(prefix, base_prefix):
    if not in_virtualenv(prefix, base_prefix):
        raise RuntimeError("activate a virtual environment first")
    return prefix
