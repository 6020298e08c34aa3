r"""
A virtual environment (a "venv") is a folder made for one project, usually
called .venv. It holds:
- its own python: .venv/bin/python (.venv\Scripts\python.exe on Windows),
  a link to (or a copy of) the Python installation it was made from;
- its own site-packages folder, where pip puts the packages you install for
  this project, apart from every other project and from the system;
- pyvenv.cfg, a small file that names the installation it was made from.

Run a program with a venv's python and sys.prefix is the venv's folder,
while sys.base_prefix is still the installation's folder. Outside a venv,
both are the installation's folder.

pip installs packages into the site-packages folder of the python that runs
it: `python -m pip install requests` run with .venv's python puts requests
in .venv's site-packages. sysconfig.get_path("purelib") gives that folder
for the python that runs your program.

The two values below are wrong: fix them. The tests run this file with the
python of a fresh venv, and also as if no venv were active.
"""

import sys
import sysconfig

# True when this file runs with a venv's python
in_venv = sys.prefix != sys.base_prefix

# The site-packages folder that pip installs into, for the python that runs
# this file
packages_folder = sysconfig.get_path("purelib")

print("In a venv:", in_venv)
print("pip installs into:", packages_folder)

# --- tests: read them, don't change them ---

import json
import os
import subprocess
import sys
import venv
from pathlib import Path


def run_with_prefixes(prefix, base_prefix, monkeypatch, capsys):
    """Run your lines again with sys.prefix and sys.base_prefix set; give back in_venv."""
    from coursekit import learner_source

    values = {}
    with monkeypatch.context() as patch:
        patch.setattr(sys, "prefix", prefix)
        patch.setattr(sys, "base_prefix", base_prefix)
        exec(learner_source(sys.modules[__name__]), values)
    capsys.readouterr()
    return values["in_venv"]


def run_in_a_new_venv(tmp_path):
    """Make a venv, run your lines with its python; give back the venv and your values."""
    from coursekit import learner_source

    env = tmp_path / "shop-env"
    venv.create(env, symlinks=(os.name != "nt"))
    python = env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    program = tmp_path / "in_venv1.py"
    program.write_text(learner_source(sys.modules[__name__]), encoding="utf-8")
    show = ("import json, runpy; v = runpy.run_path(r'%s'); "
            "print(json.dumps([v['in_venv'], v['packages_folder']]))" % program)
    done = subprocess.run([str(python), "-c", show], capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr
    in_venv, packages_folder = json.loads(done.stdout.splitlines()[-1])
    return env, in_venv, packages_folder


def test_in_a_venv(tmp_path):
    env, in_venv, packages_folder = run_in_a_new_venv(tmp_path)
    assert in_venv is True, "run with the venv's python, in_venv must be True"


def test_pip_installs_into_the_venv(tmp_path):
    env, in_venv, packages_folder = run_in_a_new_venv(tmp_path)
    folder = Path(packages_folder).resolve()
    inside = folder.is_relative_to(env.resolve())
    assert inside, f"run with the python of {env.name}, packages_folder is {packages_folder}"
    assert folder.name == "site-packages" and folder.is_dir()


def test_not_in_a_venv(monkeypatch, capsys):
    for folder in ["/usr", r"C:\Python312"]:
        in_venv = run_with_prefixes(folder, folder, monkeypatch, capsys)
        assert in_venv is False, f"sys.prefix and sys.base_prefix are both {folder}"


def test_any_venv_folder(monkeypatch, capsys):
    for prefix, base in [("/home/ada/shop/.venv", "/usr"), (r"C:\shop\env", r"C:\Python312")]:
        in_venv = run_with_prefixes(prefix, base, monkeypatch, capsys)
        assert in_venv is True, f"sys.prefix is {prefix}, sys.base_prefix is {base}"
