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

from venv import create

ENV_DIR = Path("shop-env")

if __name__ == "__main__":
    create(ENV_DIR, symlinks=True)
    print("Created", ENV_DIR)
