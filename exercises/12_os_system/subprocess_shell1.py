"""Data goes into arguments, never into a shell command line.

`count_lines(path)` runs `wc -l` on one file and returns its number of lines
as an int. The file name comes from a user, so it may contain spaces, quotes,
`$(...)` or `;`. Pasted into a shell command line, such a name is read as
shell syntax: it can break the command, or run a command of its own.
Run `wc` WITHOUT a shell (no shell=True): the program and its arguments as a
list, so the whole name reaches wc as one argument, unchanged. When wc
fails (no such file), count_lines raises subprocess.CalledProcessError.
"""
import subprocess


def count_lines(path):
    # TODO: the shell reads the name as part of a command line
    result = subprocess.run(f"wc -l {path}", shell=True,
                            capture_output=True, text=True, check=True)
    return int(result.stdout.split()[0])


# --- tests: read them, don't change them ---
# wc prints "LINES NAME"; the tests need a Unix-like system (Linux, macOS).
import inspect
import os
import subprocess

import pytest


def make(folder, name, lines):
    path = folder / name
    path.write_text("".join(f"line {n}\n" for n in range(lines)))
    return str(path)


@pytest.fixture
def shells(monkeypatch):
    """Records, for each program started, whether it went through a shell."""
    started = []
    real_execute = subprocess.Popen._execute_child
    signature = inspect.signature(real_execute)

    def spy(*args, **kwargs):
        started.append(bool(signature.bind(*args, **kwargs).arguments["shell"]))
        return real_execute(*args, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "_execute_child", spy)
    return started


def test_plain_name(tmp_path):
    assert count_lines(make(tmp_path, "access.log", 3)) == 3


def test_name_with_spaces(tmp_path):
    assert count_lines(make(tmp_path, "monthly report.txt", 5)) == 5


def test_name_with_quotes_and_dollar(tmp_path):
    assert count_lines(make(tmp_path, "it's $HOME.txt", 2)) == 2


def test_a_name_cannot_run_a_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = make(tmp_path, "x; touch HACKED", 4)
    try:
        count_lines(path)
    finally:
        assert not os.path.exists(tmp_path / "HACKED"), "the file name ran a command"
    assert count_lines(path) == 4


def test_no_shell_is_started(tmp_path, shells):
    assert count_lines(make(tmp_path, "app.log", 1)) == 1
    assert shells == [False], "run wc directly, without shell=True"


def test_missing_file_raises(tmp_path):
    with pytest.raises(subprocess.CalledProcessError):
        count_lines(str(tmp_path / "missing.log"))
