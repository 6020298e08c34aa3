import venv
from pathlib import Path


def make_env(folder):
    venv.create(folder, system_site_packages=True)
    return Path(folder) / "pyvenv.cfg"
