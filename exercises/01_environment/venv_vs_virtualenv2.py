"""
venv and virtualenv make the same kind of environment; you run them in a
terminal. While an environment is active your shell prompt shows its name:
(.venv) by default, or the name given with --prompt.

    python3 -m venv --prompt NAME FOLDER
        venv comes with Python: nothing to install. It makes environments
        for the Python that runs it.

    python3 -m pip install virtualenv
    virtualenv --prompt NAME --python 3.12 FOLDER     (or python3 -m virtualenv ...)
        virtualenv is a package from PyPI: install it first. It is faster,
        and with --python it makes an environment for ANOTHER installed
        Python version than the one that runs it, which venv can't do.

Write the three commands, as you would type them. (On Windows, py can stand
for python3.) The tests run the venv command in an empty folder, and read
the other two.
"""

# TODO: create .venv with venv, showing "shop" in the prompt
WITH_VENV = ""

# TODO: install virtualenv, with pip run by python3
INSTALL_VIRTUALENV = ""

# TODO: create .venv with virtualenv, showing "shop" in the prompt, for Python 3.12
WITH_VIRTUALENV = ""

# --- tests: read them, don't change them ---

import argparse
import re
import shlex
import subprocess
import sys

import pytest

PYTHONS = ["python3", "python", "py"]


def words_of(command, name):
    words = shlex.split(command)
    if not words:
        pytest.fail(f"write the command in {name}", pytrace=False)
    return words


def after_python(words):
    """The words after python3 (or py, or py -3.12), or None if it doesn't start with one."""
    if words[0] not in PYTHONS:
        return None
    rest = words[1:]
    if words[0] == "py" and rest and rest[0].startswith("-3"):
        rest = rest[1:]
    return rest


def virtualenv_options(rest):
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--prompt")
    parser.add_argument("-p", "--python")
    parser.add_argument("dest", nargs="?")
    options, _ = parser.parse_known_args(rest)
    return options


def test_venv_makes_the_environment(tmp_path):
    rest = after_python(words_of(WITH_VENV, "WITH_VENV"))
    assert rest is not None and rest[:2] == ["-m", "venv"], (
        "venv comes with Python: run it with python3 -m venv")
    if "--without-pip" not in rest:
        rest.append("--without-pip")  # quicker, and no network needed
    done = subprocess.run([sys.executable, *rest], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    if done.returncode != 0:
        pytest.fail(f"{WITH_VENV} failed: {done.stderr}", pytrace=False)
    config = tmp_path / ".venv" / "pyvenv.cfg"
    assert config.is_file(), "the environment must be made in .venv"
    prompts = [line for line in config.read_text().splitlines() if line.startswith("prompt")]
    assert prompts and prompts[0].split("=", 1)[1].strip().strip("'\"") == "shop", (
        "the environment's prompt must be shop")


def test_virtualenv_is_installed_with_pip():
    words = words_of(INSTALL_VIRTUALENV, "INSTALL_VIRTUALENV")
    rest = after_python(words)
    assert rest is not None and rest[:3] == ["-m", "pip", "install"], (
        "install with pip, run by python3: python3 -m pip install ...")
    packages = [re.split(r"[<>=!~\[ ]", word)[0] for word in rest[3:]]
    assert "virtualenv" in packages, "install the package called virtualenv"


def test_virtualenv_makes_the_environment():
    words = words_of(WITH_VIRTUALENV, "WITH_VIRTUALENV")
    rest = after_python(words)
    if rest is None:
        assert words[0] == "virtualenv", "run it as virtualenv (or python3 -m virtualenv)"
        rest = words[1:]
    else:
        assert rest[:2] == ["-m", "virtualenv"], "run it as virtualenv (or python3 -m virtualenv)"
        rest = rest[2:]
    options = virtualenv_options(rest)
    assert options.dest in [".venv", "./.venv"], "make the environment in .venv"
    assert options.prompt == "shop", "show shop in the prompt: --prompt shop"
    assert options.python in ["3.12", "python3.12"], "make it for Python 3.12: --python 3.12"
