r"""
Python is installed in a different way on each system:
- Windows: the installer from python.org, or `winget install Python.Python.3.12`.
  It also installs the `py` launcher: `py` starts the newest Python,
  `py -3.11` a given version.
- macOS: the installer from python.org, or Homebrew (`brew install python`);
  the command is `python3`.
- Linux: Python 3 is usually there already; more comes from the package
  manager (`sudo apt install python3-venv`, `sudo dnf install python3`); the
  command is `python3`.
The folders differ too: a virtual environment keeps its python in
.venv\Scripts\python.exe on Windows, and in .venv/bin/python elsewhere.

A setup script learns where it runs from `sys.platform`: "win32" on Windows
(64-bit Windows too), "linux" on Linux and "darwin" on macOS (the name of
macOS's core). The script below compares it with values sys.platform never
has. Fix the comparison, and fill in venv_python for each kind of system
(the lines under `else:` run when the `if` condition is false).
The tests run your lines as if on Windows, Linux and macOS.
"""

import sys

if sys.platform == "win32":
    command = "python"
    venv_python = r".venv\Scripts\python.exe"
else:
    command = "python3"
    venv_python = ".venv/bin/python"

print("Start Python with:", command)
print("The project's own Python:", venv_python)
