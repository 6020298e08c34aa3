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
    venv.create(env_dir, with_pip=False)


def env_python(env_dir, os_name=os.name):
    if os_name == "nt":
        return Path(env_dir) / "Scripts" / "python.exe"
    return Path(env_dir) / "bin" / "python"


# --- tests: read them, don't change them ---

import subprocess
import venv

import pytest

PIP_INSTALLS = []


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    env_dir = tmp_path_factory.mktemp("project") / "env"
    with pytest.MonkeyPatch.context() as patch:
        # installing pip takes seconds: the tests note the attempt instead
        patch.setattr(venv.EnvBuilder, "_setup_pip",
                      lambda builder, context: PIP_INSTALLS.append(context.env_dir))
        create_env(env_dir)
    return env_dir


def run_in(python, code):
    assert Path(python).exists(), f"there is no interpreter at {python}"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=5)
    assert result.returncode == 0, result.stderr[-500:]
    return result.stdout.strip()


def test_env_python_paths():
    env = Path("envs") / "shop"
    assert env_python(env, "posix") == env / "bin" / "python"
    assert env_python(env, "nt") == env / "Scripts" / "python.exe"
    assert env_python(str(env), "posix") == env / "bin" / "python"


def test_create_env_makes_a_venv(env):
    assert (env / "pyvenv.cfg").is_file(), "a venv has a pyvenv.cfg file at its top"
    assert env_python(env).exists(), "the venv has no interpreter where env_python says"


def test_the_envs_python_runs_inside_it(env):
    prefix = run_in(env_python(env), "import sys; print(sys.prefix)")
    assert Path(prefix).resolve() == env.resolve()


def test_the_env_is_isolated(env):
    config = (env / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "include-system-site-packages = false" in config, (
        "the environment must not include the system's site-packages"
    )
    ours = str(Path(pytest.__file__).resolve().parent.parent)
    theirs = run_in(env_python(env), "import sys; print(sys.path)")
    assert ours not in theirs, "the new environment sees the packages of this one"


def test_the_env_has_no_pip(env):
    installed = [path.name for path in env.glob("**/site-packages/*")]
    assert not PIP_INSTALLS and "pip" not in installed, "create it with with_pip=False"
