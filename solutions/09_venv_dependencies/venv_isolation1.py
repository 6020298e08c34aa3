"""One environment per project, and it stays the project's own.

A deploy script calls `ensure_env(project_dir)` before it installs
anything: it returns the interpreter of the project's environment,
PROJECT/.venv. Two things break the isolation an environment is for:
- it is rebuilt on every call, and `clear=True` deletes every package
  that was installed in it: create the environment only when it is
  missing, and leave an existing one alone;
- `system_site_packages=True` lets the project see (and depend on,
  without saying so) the packages of the system's Python: keep the
  environment isolated.
"""
import os
import venv
from pathlib import Path


def env_python(env_dir):
    if os.name == "nt":
        return Path(env_dir) / "Scripts" / "python.exe"
    return Path(env_dir) / "bin" / "python"


def ensure_env(project_dir):
    env_dir = Path(project_dir) / ".venv"
    if not env_dir.exists():
        venv.create(env_dir, with_pip=False)
    return env_python(env_dir)


# --- tests: read them, don't change them ---

import subprocess


def run(python, code):
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=5)


def install_module(python, name):
    """Put a one-file package into the site-packages of python's environment."""
    site = run(python, "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    Path(site, f"{name}.py").write_text("VERSION = '1.0'\n", encoding="utf-8")


def test_the_environment_lives_in_the_project(tmp_path):
    python = ensure_env(tmp_path / "shop")
    assert python == env_python(tmp_path / "shop" / ".venv")
    assert python.exists()
    prefix = run(python, "import sys; print(sys.prefix)").stdout.strip()
    assert Path(prefix).resolve() == (tmp_path / "shop" / ".venv").resolve()


def test_the_environment_does_not_see_the_systems_packages(tmp_path):
    ensure_env(tmp_path / "shop")
    config = (tmp_path / "shop" / ".venv" / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "include-system-site-packages = false" in config, (
        "the environment includes the system's site-packages"
    )


def test_an_existing_environment_is_reused_not_rebuilt(tmp_path, monkeypatch):
    python = ensure_env(tmp_path / "shop")
    install_module(python, "shoplib")
    built = []
    original = venv.EnvBuilder.create
    monkeypatch.setattr(venv.EnvBuilder, "create", lambda self, env_dir: built.append(env_dir))
    assert ensure_env(tmp_path / "shop") == python
    monkeypatch.setattr(venv.EnvBuilder, "create", original)
    assert not built, "ensure_env built the environment again, though it exists"
    assert run(python, "import shoplib").returncode == 0, "the installed package is gone"


def test_each_project_has_its_own_packages(tmp_path):
    shop = ensure_env(tmp_path / "shop")
    blog = ensure_env(tmp_path / "blog")
    install_module(shop, "shoplib")
    assert run(shop, "import shoplib").returncode == 0
    assert run(blog, "import shoplib").returncode != 0
