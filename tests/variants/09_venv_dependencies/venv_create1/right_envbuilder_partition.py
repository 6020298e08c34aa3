import os
import venv
from pathlib import Path


def create_env(env_dir):
    builder = venv.EnvBuilder(with_pip=False, clear=True)
    builder.create(str(env_dir))


def read_pyvenv_cfg(env_dir):
    with open(os.path.join(env_dir, "pyvenv.cfg"), encoding="utf-8") as cfg:
        pairs = (line.partition("=") for line in cfg if "=" in line)
        return {key.strip(): value.strip() for key, _, value in pairs}


def env_python(env_dir, os_name=os.name):
    folder, exe = {"nt": ("Scripts", "python.exe")}.get(os_name, ("bin", "python"))
    return Path(env_dir, folder, exe)
