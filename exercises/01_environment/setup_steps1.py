r'''
A new colleague sets up your project by typing the commands in SETUP, one
per line. Today they install the packages for the whole computer with
`sudo pip`, and only then make a virtual environment that gets nothing.

Rewrite SETUP so that it:
1. creates the project's virtual environment .venv first, with the venv
   module: python3 -m venv .venv
2. installs the packages listed in requirements.txt INTO .venv, running pip
   as `python -m pip` with .venv's python: either .venv/bin/python
   (.venv\Scripts\python on Windows), or `python` after activating .venv
   with `source .venv/bin/activate` (.venv\Scripts\activate on Windows);
3. never uses sudo.

Why: a plain `pip` is whichever pip comes first on PATH, maybe one that
belongs to another Python; `python -m pip` is the pip of exactly that
python. And `sudo pip` writes into the system's own Python, which your
operating system's tools depend on: it can break them, and newer Linux
systems refuse it with "externally-managed-environment". A venv needs no
sudo at all: it is a folder of your own.

Write Linux and macOS commands, or Windows ones: both are accepted.
'''

# TODO: create .venv first, then install requirements.txt into it, without sudo
SETUP = r"""
sudo pip install -r requirements.txt
python3 -m venv .venv
"""

# --- tests: read them, don't change them ---

import shlex

import pytest

PYTHONS = ["python3", "python", "py"]
VENV_PYTHONS = [".venv/bin/python", ".venv/bin/python3", ".venv/Scripts/python",
                ".venv/Scripts/python.exe", "./.venv/bin/python", "./.venv/bin/python3"]
ACTIVATE = [".venv/bin/activate", "./.venv/bin/activate", ".venv/Scripts/activate",
            ".venv/Scripts/activate.bat", ".venv/Scripts/Activate.ps1"]


def steps():
    """The commands of SETUP, each split into words the way a shell does."""
    lines = [line.strip() for line in SETUP.splitlines()]
    return [shlex.split(line.replace("\\", "/")) for line in lines
            if line and not line.startswith("#")]


def creates_venv(words):
    return (len(words) >= 4 and words[0] in PYTHONS and "-m" in words
            and words[words.index("-m") + 1:words.index("-m") + 2] == ["venv"]
            and words[-1] in [".venv", "./.venv"])


def activates_venv(words):
    return (words[:1] in (["source"], ["."]) and words[1:] in [[a] for a in ACTIVATE]
            or words in [[a] for a in ACTIVATE])


def installs_requirements(words):
    return "install" in words and "requirements.txt" in words


def test_no_sudo():
    for words in steps():
        assert "sudo" not in words, f"{shlex.join(words)}: a venv needs no sudo"


def test_the_venv_is_created():
    assert any(creates_venv(words) for words in steps()), (
        "no line creates .venv with the venv module")


def test_requirements_are_installed():
    assert any(installs_requirements(words) for words in steps()), (
        "no line installs the packages of requirements.txt")


def test_pip_runs_as_python_m_pip():
    for words in steps():
        if installs_requirements(words):
            runs = [word for word in words if word != "sudo"]
            assert runs[1:3] == ["-m", "pip"], (
                f"{shlex.join(words)}: run pip as python -m pip, with .venv's python")


def test_packages_go_into_the_venv():
    created = active = False
    for words in steps():
        if creates_venv(words):
            created = True
        elif activates_venv(words):
            if not created:
                pytest.fail(f"{shlex.join(words)}: .venv doesn't exist yet", pytrace=False)
            active = True
        elif installs_requirements(words):
            python = [word for word in words if word != "sudo"][0]
            if python in VENV_PYTHONS:
                assert created, f"{shlex.join(words)}: .venv doesn't exist yet"
            else:
                assert active, (f"{shlex.join(words)}: installs with {python}, not with .venv's "
                                "python; activate .venv first, or name .venv's python")
