import os
import subprocess
import sys


def child_env(overrides, remove=()):
    merged = {**os.environ, **{k: str(v) for k, v in overrides.items()}}
    return {k: v for k, v in merged.items() if k not in remove}


def run_child(code, overrides, remove=()):
    out = subprocess.check_output([sys.executable, "-c", code],
                                  env=child_env(overrides, remove), text=True)
    return out.strip()
