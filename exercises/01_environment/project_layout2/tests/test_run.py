# --- tests: read them, don't change them ---
"""Run the program the way a user does: python3 -m tipcalc ..., from the project folder."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).parent.parent


def run(*arguments):
    environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *arguments], cwd=PROJECT, env=environment,
                          capture_output=True, text=True, timeout=20)


def test_python_m_tipcalc_runs_the_program():
    done = run("-m", "tipcalc", "80", "15", "2")
    assert done.stderr == ""
    assert done.stdout == "Each person pays 46.00\n"


def test_the_arguments_reach_the_program():
    done = run("-m", "tipcalc", "50", "10", "4")
    assert done.stderr == ""
    assert done.stdout == "Each person pays 13.75\n"


def test_importing_the_package_runs_nothing():
    done = run("-c", "import tipcalc")
    assert (done.stdout, done.stderr) == ("", ""), "import tipcalc must not run the program"
