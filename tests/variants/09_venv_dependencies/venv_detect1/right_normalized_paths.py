import os
import sys


def in_virtualenv(prefix, base_prefix):
    same = os.path.normcase(os.path.normpath(prefix)) == os.path.normcase(
        os.path.normpath(base_prefix)
    )
    return not same


def require_virtualenv(prefix, base_prefix):
    if in_virtualenv(prefix, base_prefix):
        return prefix
    raise RuntimeError("run `source .venv/bin/activate` first")
