"""
Two tools create virtual environments:
- `venv` comes with Python itself, nothing to install:
      python3 -m venv .venv            (in a program: venv.create(folder))
- `virtualenv` is a separate package from PyPI that you install first with
  `python3 -m pip install virtualenv`; then `virtualenv .venv`. It is
  faster, and can make environments for other Python versions than the one
  that runs it.
Both make the same kind of folder with a pyvenv.cfg file in it; virtualenv
writes its own version into that file.

This script should create a fresh, isolated environment in ENV_DIR when it
runs as a script. It uses virtualenv, which is not installed here. Use the
standard library's venv module instead: venv.create(folder) makes the
environment (without pip in it, which takes only a moment).
"""

from pathlib import Path

# TODO: virtualenv is not installed: use the venv module that comes with Python
import virtualenv

ENV_DIR = Path("shop-env")

if __name__ == "__main__":
    virtualenv.cli_run([str(ENV_DIR)])
    print("Created", ENV_DIR)

# --- tests: read them, don't change them ---

import ast
import sys

import pytest


def run_script(env_dir, capsys, name="__main__"):
    """Run your file as a script (or as an import), with ENV_DIR set to env_dir."""
    from coursekit import learner_tree

    tree = learner_tree(sys.modules[__name__])
    line = next((line for line in tree.body if isinstance(line, ast.Assign)
                 and ast.unparse(line.targets[0]) == "ENV_DIR"), None)
    assert line, "keep the line that sets ENV_DIR"
    line.value = ast.copy_location(ast.Constant(str(env_dir)), line.value)
    exec(compile(tree, __file__, "exec"), {"__name__": name})
    capsys.readouterr()


def read_config(env_dir):
    """The `key = value` lines of env_dir/pyvenv.cfg, as a dict."""
    config = {}
    for line in (env_dir / "pyvenv.cfg").read_text().splitlines():
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    return config


@pytest.fixture
def env(tmp_path, capsys):
    env_dir = tmp_path / "env"
    run_script(env_dir, capsys)
    assert (env_dir / "pyvenv.cfg").is_file(), "no environment was created in ENV_DIR"
    return env_dir


def test_the_env_has_its_own_python(env):
    pythons = [env / "bin" / "python", env / "Scripts" / "python.exe"]
    assert any(p.exists() for p in pythons)


def test_made_by_the_standard_library(env):
    assert "virtualenv" not in read_config(env), "virtualenv writes its version here"


def test_the_env_is_isolated(env):
    assert read_config(env)["include-system-site-packages"] == "false", (
        "the environment must not see the packages installed for the whole system")


def test_importing_the_file_creates_nothing(tmp_path, capsys):
    run_script(tmp_path / "env", capsys, name="venv_vs_virtualenv1")
    assert not (tmp_path / "env").exists(), "only running the file as a script creates ENV_DIR"
