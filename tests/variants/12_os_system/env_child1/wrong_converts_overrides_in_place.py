"""Give a child process a modified environment without touching your own.

`child_env(overrides, remove=())` returns a NEW dict: this process's
environment, plus `overrides` (values converted to str), minus the names in
`remove`. `run_child(code, overrides, remove=())` runs `python -c code` with
that environment and returns its stripped stdout. Neither may change
os.environ or the `overrides` dict passed in.
"""
import os
import subprocess
import sys


def child_env(overrides, remove=()):
    env = os.environ.copy()
    for name, value in overrides.items():
        overrides[name] = str(value)
    env.update(overrides)
    for name in remove:
        env.pop(name, None)
    return env


def run_child(code, overrides, remove=()):
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=child_env(overrides, remove),
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return result.stdout.strip()


