"""Creating a virtual environment, and using it without activating it.

`python -m venv DIR` runs the same code as `venv.create(DIR)`. Make
`create_env` build a real environment in env_dir, isolated from the
system's site-packages (the default) and without pip (pass with_pip=False:
it keeps this fast and offline). Then make `env_python` return that
environment's own interpreter: bin/python, or Scripts/python.exe when
os_name is "nt" (Windows). Running that interpreter runs inside the
environment, with its packages, no activation needed: that is how cron jobs
and services use a venv.
"""
import os
import venv
from pathlib import Path


def create_env(env_dir):
    venv.create(env_dir, with_pip=True)


def env_python(env_dir, os_name=os.name):
    if os_name == "nt":
        return Path(env_dir) / "Scripts" / "python.exe"
    return Path(env_dir) / "bin" / "python"


