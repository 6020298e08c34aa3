"""
Python is installed differently on each system: with the python.org installer
(or winget) on Windows, with the package manager (apt, dnf, ...) on Linux, and
with the python.org installer or Homebrew on macOS. The command that starts it
differs too: Windows has the `py` launcher, Linux and macOS use `python3`.

A program learns which system it runs on from `platform.system()`, which gives
"Windows", "Linux" or "Darwin" (macOS's name for itself). Fix python_command()
so it gives the right command for each of those three values.
"""


def python_command(system):
    """Return the command that starts Python 3 on `system`.

    `system` is a value returned by platform.system().
    """
    if system == "Windows":
        return "py"
    elif system == "Linux":
        return "python3"
    elif system == "macOS":  # TODO: platform.system() never returns "macOS"
        return "python3"
    else:
        return "python"


# --- tests: read them, don't change them ---


def test_windows_uses_the_py_launcher():
    assert python_command("Windows") == "py"


def test_linux_uses_python3():
    assert python_command("Linux") == "python3"


def test_macos_uses_python3():
    assert python_command("Darwin") == "python3"
