"""Run another program with subprocess, safely.

`run(args, timeout=5)` runs a command given as a LIST of arguments and returns
what it printed to stdout, as text (str). A failing command (non-zero exit
code) must raise subprocess.CalledProcessError. No shell is involved, so
spaces, quotes, `$` and `;` in an argument reach the program unchanged.
"""
import subprocess


def run(args, timeout=5):
    result = subprocess.run(args, capture_output=True, text=True, check=True,
                            timeout=timeout)
    return result.stdout


# --- tests: read them, don't change them ---
# The child program is this same Python (sys.executable) running a snippet
# given with -c, so the tests work on every system.
import inspect
import subprocess
import sys

import pytest

PY = sys.executable


def test_returns_what_the_child_printed():
    out = run([PY, "-c", "print('hello from the child')"])
    assert isinstance(out, str)
    assert out.strip() == "hello from the child"


def test_arguments_reach_the_child_unchanged():
    tricky = "a b; echo $HOME 'quoted' *"
    out = run([PY, "-c", "import sys; print(sys.argv[1])", tricky])
    assert out.strip() == tricky


def test_each_list_item_is_one_argument():
    out = run([PY, "-c", "import sys; print(len(sys.argv) - 1)", "two words", "x"])
    assert out.strip() == "2"


def test_stderr_is_not_part_of_the_result():
    code = "import sys; print('data'); print('warning!', file=sys.stderr)"
    assert run([PY, "-c", code]).strip() == "data"


def test_no_shell_is_started(monkeypatch):
    shells = []
    real_execute = subprocess.Popen._execute_child
    signature = inspect.signature(real_execute)

    def spy(*args, **kwargs):
        shells.append(bool(signature.bind(*args, **kwargs).arguments["shell"]))
        return real_execute(*args, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "_execute_child", spy)
    assert run([PY, "-c", "print('ok')"]).strip() == "ok"
    assert shells == [False], "run the program directly, without shell=True"


def test_failing_command_raises():
    with pytest.raises(subprocess.CalledProcessError) as info:
        run([PY, "-c", "import sys; sys.exit(3)"])
    assert info.value.returncode == 3


def test_slow_command_times_out():
    with pytest.raises(subprocess.TimeoutExpired):
        run([PY, "-c", "import time; time.sleep(10)"], timeout=0.2)
