"""
Two tools create virtual environments. `venv` comes with Python itself: no
install needed (`python3 -m venv .venv`). `virtualenv` is a separate package
from PyPI that you first install with pip: a bit faster, with more options.

make_env() tries to use virtualenv, which is not installed here. Rewrite it
with the standard library's venv module: venv.create(folder) builds a fresh,
isolated environment (without pip, which takes only a moment).
"""

import venv
from pathlib import Path


def make_env(folder):
    """Create a virtual environment in folder; return its pyvenv.cfg path."""
    venv.create(folder)
    return Path(folder) / "pyvenv.cfg"


# --- tests: read them, don't change them ---


def read_config(cfg_path):
    """Turn the `key = value` lines of a pyvenv.cfg into a dict."""
    config = {}
    for line in Path(cfg_path).read_text().splitlines():
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    return config


def test_returns_the_config_file(tmp_path):
    cfg = make_env(tmp_path / "env")
    assert Path(cfg) == tmp_path / "env" / "pyvenv.cfg"
    assert Path(cfg).is_file()


def test_the_env_has_its_own_python(tmp_path):
    make_env(tmp_path / "env")
    env = tmp_path / "env"
    pythons = [env / "bin" / "python", env / "Scripts" / "python.exe"]
    assert any(p.exists() for p in pythons)


def test_made_by_the_standard_library(tmp_path):
    config = read_config(make_env(tmp_path / "env"))
    assert "virtualenv" not in config  # virtualenv writes its own version here


def test_the_env_is_isolated(tmp_path):
    config = read_config(make_env(tmp_path / "env"))
    assert config["include-system-site-packages"] == "false"
