import os
import subprocess
import sys


def child_env(overrides, remove=()):
    env = os.environ
    for name, value in overrides.items():
        env[name] = str(value)
    for name in remove:
        env.pop(name, None)
    return env


def run_child(code, overrides, remove=()):
    result = subprocess.run([sys.executable, "-c", code], env=child_env(overrides, remove),
                            capture_output=True, text=True, check=True, timeout=30)
    return result.stdout.strip()
