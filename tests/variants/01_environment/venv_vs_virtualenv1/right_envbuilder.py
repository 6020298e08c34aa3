import venv
from pathlib import Path


def make_env(folder):
    builder = venv.EnvBuilder(with_pip=False)
    builder.create(folder)
    return Path(folder) / "pyvenv.cfg"
