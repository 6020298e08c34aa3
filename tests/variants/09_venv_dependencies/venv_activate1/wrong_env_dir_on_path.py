"""What `activate` really does.

`source .venv/bin/activate` (`.venv\\Scripts\\activate` on Windows) only
changes environment variables of your shell. It puts the environment's
scripts folder (bin, or Scripts on Windows) FIRST on PATH, so that
`python` and `pip` are found there before anywhere else; it sets
VIRTUAL_ENV to the environment's folder; and it removes PYTHONHOME, which
would send Python elsewhere. Finish `activated(environ, env_dir)`: it
returns a NEW dict of environment variables as `activate` would leave
them, and leaves the dict it was given unchanged. A missing PATH counts as
an empty one.
"""
import os
from pathlib import Path


def scripts_dir(env_dir):
    """Where a venv keeps python, pip and the activate scripts."""
    return Path(env_dir) / ("Scripts" if os.name == "nt" else "bin")


def activated(environ, env_dir):
    new = dict(environ)
    path = new.get("PATH", "")
    new["PATH"] = str(env_dir) + (os.pathsep + path if path else "")
    new["VIRTUAL_ENV"] = str(env_dir)
    new.pop("PYTHONHOME", None)
    return new


