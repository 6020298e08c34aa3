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
    # TODO: build a new dict instead of changing environ; put scripts_dir(env_dir)
    # FIRST on PATH (entries are joined with os.pathsep); set VIRTUAL_ENV;
    # drop PYTHONHOME.
    environ["PATH"] = environ["PATH"] + os.pathsep + str(scripts_dir(env_dir))
    return environ


# --- tests: read them, don't change them ---

import shutil
import subprocess
import venv


def path_of(*folders):
    return os.pathsep.join(str(folder) for folder in folders)


def make_python(folder):
    """A fake `python` program in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / ("python.exe" if os.name == "nt" else "python")
    program.write_text("#!/bin/sh\necho fake\n")
    program.chmod(0o755)
    return program


def test_the_scripts_folder_comes_first(tmp_path):
    env = tmp_path / "shop" / ".venv"
    before = {"PATH": path_of("/usr/local/bin", "/usr/bin")}
    after = activated(before, env)
    assert after["PATH"] == path_of(scripts_dir(env), "/usr/local/bin", "/usr/bin")


def test_virtual_env_names_the_environment(tmp_path):
    env = tmp_path / "shop" / ".venv"
    after = activated({"PATH": "/usr/bin"}, env)
    assert Path(after["VIRTUAL_ENV"]) == env


def test_pythonhome_is_removed_and_the_rest_kept(tmp_path):
    env = tmp_path / ".venv"
    before = {"PATH": "/usr/bin", "PYTHONHOME": "/opt/python", "HOME": "/home/ada", "LANG": "C"}
    after = activated(before, env)
    assert "PYTHONHOME" not in after
    assert (after["HOME"], after["LANG"]) == ("/home/ada", "C")


def test_the_given_dict_is_not_changed(tmp_path):
    before = {"PATH": "/usr/bin", "PYTHONHOME": "/opt/python"}
    activated(before, tmp_path / ".venv")
    assert before == {"PATH": "/usr/bin", "PYTHONHOME": "/opt/python"}


def test_without_any_path(tmp_path):
    env = tmp_path / ".venv"
    assert activated({}, env)["PATH"] == str(scripts_dir(env))


def test_python_is_found_in_the_environment_first(tmp_path):
    system_python = make_python(tmp_path / "usr" / "bin")
    env = tmp_path / "project" / ".venv"
    env_python = make_python(scripts_dir(env))
    before = {"PATH": str(system_python.parent)}
    assert Path(shutil.which("python", path=before["PATH"])) == system_python
    after = activated(before, env)
    assert Path(shutil.which("python", path=after["PATH"])) == env_python


def test_a_program_started_with_it_runs_in_the_venv(tmp_path):
    env = tmp_path / ".venv"
    venv.create(env, with_pip=False)
    after = activated(dict(os.environ), env)
    result = subprocess.run(
        ["python", "-c", "import sys; print(sys.prefix)"],
        env=after, capture_output=True, text=True, timeout=5,
    )
    assert Path(result.stdout.strip()).resolve() == env.resolve()
