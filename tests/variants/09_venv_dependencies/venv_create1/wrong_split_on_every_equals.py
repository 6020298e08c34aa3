import os
import venv
from pathlib import Path


def create_env(env_dir):
    venv.create(env_dir, with_pip=False)


def read_pyvenv_cfg(env_dir):
    settings = {}
    for line in (Path(env_dir) / "pyvenv.cfg").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        parts = line.split("=")
        settings[parts[0].strip()] = parts[-1].strip()
    return settings


def env_python(env_dir, os_name=os.name):
    if os_name == "nt":
        return Path(env_dir) / "Scripts" / "python.exe"
    return Path(env_dir) / "bin" / "python"
