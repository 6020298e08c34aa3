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
    command = "py"
    venv_python = r".venv\Scripts\python.exe"
else:
    command = "python3"
    venv_python = ".venv/bin/python"

print("Start Python with:", command)
print("The project's own Python:", venv_python)

# --- tests: read them, don't change them ---

import sys
from pathlib import PurePosixPath, PureWindowsPath


def run_on(platform, monkeypatch, capsys):
    """Run your lines again as if on another system; give back their values."""
    from coursekit import learner_source

    values = {}
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(learner_source(sys.modules[__name__]), values)
    capsys.readouterr()
    return values


def test_windows_uses_the_py_launcher(monkeypatch, capsys):
    command = run_on("win32", monkeypatch, capsys)["command"]
    assert command == "py", "on Windows (sys.platform is 'win32')"


def test_linux_and_macos_use_python3(monkeypatch, capsys):
    for platform in ["linux", "darwin"]:
        command = run_on(platform, monkeypatch, capsys)["command"]
        assert command == "python3", f"when sys.platform is {platform!r}"


def test_the_venv_python_on_windows(monkeypatch, capsys):
    path = PureWindowsPath(run_on("win32", monkeypatch, capsys)["venv_python"])
    expected = [PureWindowsPath(r".venv\Scripts\python.exe"),
                PureWindowsPath(r".venv\Scripts\python")]
    assert path in expected, "on Windows, the python of .venv is in its Scripts folder"


def test_the_venv_python_on_linux_and_macos(monkeypatch, capsys):
    for platform in ["linux", "darwin"]:
        path = PurePosixPath(run_on(platform, monkeypatch, capsys)["venv_python"])
        assert path in [PurePosixPath(".venv/bin/python"), PurePosixPath(".venv/bin/python3")], (
            f"when sys.platform is {platform!r}, the python of .venv is in its bin folder")
