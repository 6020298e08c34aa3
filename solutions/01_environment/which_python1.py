"""
When you type a command such as `python3`, your shell looks for a program
of that name in the folders listed in the PATH environment variable, one
folder after the other. "python3: command not found" (or, on Windows, the
Microsoft Store opening) means that no folder on PATH holds it: Python is
not installed, or its folder was not added to PATH (on Windows, the
installer's "Add python.exe to PATH" box).

`shutil.which(name)` searches PATH the same way. It gives back the full
path of the program it finds, such as "/usr/bin/python3", or None when no
folder on PATH holds it.

This script should tell which command starts Python here: "python3" if it
is found, else "py" (the Windows launcher) if that is found, else None.
(`elif`, "else if", is tested only when the conditions above it were
false.) But it treats None as if it were a path, so it always answers
"python3".
Fix the two conditions. The tests run your lines with PATH set to folders
of their own.
"""

import shutil

python3_path = shutil.which("python3")
py_path = shutil.which("py")

# shutil.which() gives None, not "", when the program is not found
if python3_path is not None:
    found = "python3"
elif py_path is not None:
    found = "py"
else:
    found = None

print("Start Python with:", found)

# --- tests: read them, don't change them ---

import os
import sys

import pytest


def fake_program(folder, name):
    """Put an empty program called `name` in `folder`, as an installer would."""
    folder.mkdir(exist_ok=True)
    for file in [folder / name, folder / (name + ".exe")]:
        file.write_text("")
        file.chmod(0o755)


def run_with_path(folders, monkeypatch, capsys):
    """Run your lines again with PATH set to these folders; give back `found`."""
    from coursekit import learner_source

    values = {}
    with monkeypatch.context() as patch:
        patch.setenv("PATH", os.pathsep.join(str(folder) for folder in folders))
        patch.setenv("PATHEXT", ".EXE")
        exec(learner_source(sys.modules[__name__]), values)
    capsys.readouterr()
    return values["found"]


@pytest.fixture
def bin_folders(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path / "usr-bin", tmp_path / "windows-apps"


def test_python3_is_found(bin_folders, monkeypatch, capsys):
    usr_bin, windows_apps = bin_folders
    fake_program(usr_bin, "python3")
    assert run_with_path([usr_bin], monkeypatch, capsys) == "python3"


def test_py_when_there_is_no_python3(bin_folders, monkeypatch, capsys):
    usr_bin, windows_apps = bin_folders
    fake_program(windows_apps, "py")
    found = run_with_path([usr_bin, windows_apps], monkeypatch, capsys)
    assert found == "py", "only the py launcher is on PATH"


def test_python3_comes_first(bin_folders, monkeypatch, capsys):
    usr_bin, windows_apps = bin_folders
    fake_program(usr_bin, "python3")
    fake_program(windows_apps, "py")
    found = run_with_path([windows_apps, usr_bin], monkeypatch, capsys)
    assert found == "python3", "both python3 and py are on PATH"


def test_none_when_python_is_not_on_path(bin_folders, monkeypatch, capsys):
    usr_bin, windows_apps = bin_folders
    fake_program(usr_bin, "python2")
    found = run_with_path([usr_bin, windows_apps], monkeypatch, capsys)
    assert found is None, "neither python3 nor py is on PATH"
