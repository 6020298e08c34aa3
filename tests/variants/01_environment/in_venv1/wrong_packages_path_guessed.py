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
packages_folder = sys.prefix + "/site-packages"

print("In a venv:", in_venv)
print("pip installs into:", packages_folder)
