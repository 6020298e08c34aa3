'''
The `python3` command (`py` on Windows) starts your code in three ways:

    python3 report.py        runs the file report.py as a script
    python3 -m calendar      finds the module `calendar` where Python finds
                             imports, and runs it as a script. This is how
                             you start tools: python3 -m pip, python3 -m venv
    python3 -c "print(1)"    runs the code between the quotes; no file needed

Whatever comes after the file or module name is handed to the program as its
arguments: `python3 -m calendar 2025 5` shows May 2025. Your shell splits a
command at every space, so code with spaces in it must be put in quotes.

The three commands below each have a mistake. Fix them, as you would type
them in a terminal. The tests run them (with the Python that runs the tests)
in a folder that holds a report.py.
'''

# Run the file report.py as a script
RUN_SCRIPT = "python3 report.py"

# Run the standard library's calendar module for May 2025
RUN_MODULE = "python3 -m calendar 2025 5"

# Run the code print(6 * 7) without a file
RUN_CODE = 'python3 -c "print(6 * 7)"'

# --- tests: read them, don't change them ---

import shlex
import subprocess
import sys

import pytest

PYTHONS = ["python3", "python", "py"]


def run(command, folder):
    """Run a command as a shell would, with this test's Python in place of python3."""
    words = shlex.split(command)
    assert words and words[0] in PYTHONS, f"start the command with python3 (or py): {command!r}"
    arguments = words[1:]
    if words[0] == "py" and arguments and arguments[0].startswith("-3"):
        arguments = arguments[1:]  # py -3 or py -3.12: the version to start
    done = subprocess.run([sys.executable, *arguments], cwd=folder, capture_output=True,
                          text=True, timeout=10)
    if done.returncode != 0:
        last_line = done.stderr.strip().splitlines()[-1]
        pytest.fail(f"{command} failed: {last_line}\n\n{done.stderr}", pytrace=False)
    return arguments, done


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "report.py").write_text('print("Report: 3 servers up")\n')
    return tmp_path


def test_run_script(folder):
    arguments, done = run(RUN_SCRIPT, folder)
    assert done.stdout == "Report: 3 servers up\n"


def test_run_module(folder):
    arguments, done = run(RUN_MODULE, folder)
    assert arguments[:2] == ["-m", "calendar"], "run calendar as a module, with -m"
    assert "May 2025" in done.stdout


def test_run_code(folder):
    arguments, done = run(RUN_CODE, folder)
    assert arguments[:1] == ["-c"], "run the code with -c"
    assert done.stdout == "42\n"
