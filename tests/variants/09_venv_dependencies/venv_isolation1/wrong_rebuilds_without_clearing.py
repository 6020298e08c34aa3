"""One environment per project, and it stays the project's own.

A deploy script calls `ensure_env(project_dir)` before it installs
anything: it returns the interpreter of the project's environment,
PROJECT/.venv. Two things break the isolation an environment is for:
- it is rebuilt on every call, and `clear=True` deletes every package
  that was installed in it: create the environment only when it is
  missing, and leave an existing one alone;
- `system_site_packages=True` lets the project see (and depend on,
  without saying so) the packages of the system's Python: keep the
  environment isolated.
"""
import os
import venv
from pathlib import Path


def env_python(env_dir):
    if os.name == "nt":
        return Path(env_dir) / "Scripts" / "python.exe"
    return Path(env_dir) / "bin" / "python"


def ensure_env(project_dir):
    env_dir = Path(project_dir) / ".venv"
    venv.create(env_dir, with_pip=False)
    return env_python(env_dir)


