import os
import subprocess
import sys


def child_env(overrides, remove=()):
    env = dict(os.environ)
    env.update({k: str(v) for k, v in overrides.items()})
    for name in remove:
        env.pop(name, None)
    return env


def run_child(code, overrides, remove=()):
    for name, value in overrides.items():
        os.environ[name] = str(value)
    for name in remove:
        os.environ.pop(name, None)
    result = subprocess.run([sys.executable, "-c", code],
                            capture_output=True, text=True, check=True, timeout=30)
    return result.stdout.strip()
