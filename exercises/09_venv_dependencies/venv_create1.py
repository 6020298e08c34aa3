"""Creating a virtual environment with the venv module.

`python -m venv DIR` runs the same code as `venv.create(DIR)`. Make
`create_env` build a real environment (with_pip=False keeps it fast and
offline), `read_pyvenv_cfg` parse the environment's `pyvenv.cfg` ("key =
value" lines) into a dict, and `env_python` return the environment's own
interpreter: bin/python, or Scripts/python.exe when os_name is "nt" (Windows).
"""
import os
import venv
from pathlib import Path


def create_env(env_dir):
    # TODO: create a virtual environment in env_dir, without pip.
    Path(env_dir).mkdir(parents=True)


def read_pyvenv_cfg(env_dir):
    settings = {}
    for line in (Path(env_dir) / "pyvenv.cfg").read_text(encoding="utf-8").splitlines():
        # TODO: skip blank lines, strip the spaces around key and value,
        # and remember that a value may contain "=" itself.
        key, value = line.split("=")
        settings[key] = value
    return settings


def env_python(env_dir, os_name=os.name):
    # TODO: Windows ("nt") uses Scripts/python.exe, everything else bin/python.
    return Path(env_dir) / "python"


# --- tests: read them, don't change them ---

import subprocess
import sys

SAMPLE_CFG = """\
home = /usr/local/bin
include-system-site-packages = false

version = 3.11.7
command = /usr/local/bin/python3 -m venv --prompt=shop /srv/shop/.venv
"""


def test_read_pyvenv_cfg(tmp_path):
    (tmp_path / "pyvenv.cfg").write_text(SAMPLE_CFG, encoding="utf-8")
    assert read_pyvenv_cfg(tmp_path) == {
        "home": "/usr/local/bin",
        "include-system-site-packages": "false",
        "version": "3.11.7",
        "command": "/usr/local/bin/python3 -m venv --prompt=shop /srv/shop/.venv",
    }


def test_env_python_paths():
    env = Path("envs") / "shop"
    assert env_python(env, "posix") == env / "bin" / "python"
    assert env_python(env, "nt") == env / "Scripts" / "python.exe"


def test_create_env_writes_pyvenv_cfg(tmp_path):
    env = tmp_path / "env"
    create_env(env)
    assert (env / "pyvenv.cfg").is_file()
    settings = read_pyvenv_cfg(env)
    assert settings["include-system-site-packages"] == "false"
    assert settings["version"].startswith(f"{sys.version_info[0]}.{sys.version_info[1]}")
    assert Path(settings["home"]).is_dir()


def test_the_new_interpreter_runs_isolated(tmp_path):
    env = tmp_path / "env"
    create_env(env)
    python = env_python(env)
    assert python.exists()
    code = "import sys; print(sys.prefix != sys.base_prefix); print(sys.prefix)"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    in_venv, prefix = result.stdout.splitlines()
    assert in_venv == "True"
    assert Path(prefix).resolve() == env.resolve()
