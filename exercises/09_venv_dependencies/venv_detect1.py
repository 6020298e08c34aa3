"""Is this code running in a virtual environment?

Inside a venv, `sys.prefix` is the environment's folder while
`sys.base_prefix` is still the Python installation it was made from;
outside a venv the two are equal. Fix `in_virtualenv` (a folder's name
proves nothing: a venv can be called anything) and make
`require_virtualenv` raise RuntimeError when not in a virtual environment.
"""
import sys


def in_virtualenv(prefix, base_prefix):
    # TODO: decide by comparing the two prefixes, not by the folder name.
    return prefix.endswith(".venv")


def require_virtualenv(prefix, base_prefix):
    """Return prefix inside a venv; raise RuntimeError outside one."""
    # TODO: raise RuntimeError (say how to activate a venv) outside a venv.
    return prefix


if __name__ == "__main__":
    print("prefix:     ", sys.prefix)
    print("base_prefix:", sys.base_prefix)
    print("in a venv:  ", in_virtualenv(sys.prefix, sys.base_prefix))


# --- tests: read them, don't change them ---

import pytest


def test_a_project_venv():
    assert in_virtualenv("/home/ada/shop/.venv", "/usr") is True


def test_a_venv_can_have_any_name():
    assert in_virtualenv("/home/ada/envs/shop", "/usr/local") is True
    assert in_virtualenv(r"C:\Users\ada\shop\env", r"C:\Python311") is True


def test_the_system_python():
    assert in_virtualenv("/usr", "/usr") is False


def test_a_python_installed_in_a_folder_named_venv_is_not_a_venv():
    assert in_virtualenv("/opt/tools/.venv", "/opt/tools/.venv") is False


def test_agrees_with_the_running_interpreter():
    assert in_virtualenv(sys.prefix, sys.base_prefix) == (sys.prefix != sys.base_prefix)


def test_require_inside_a_venv_returns_the_prefix():
    assert require_virtualenv("/srv/app/venv", "/usr") == "/srv/app/venv"


def test_require_outside_a_venv_raises():
    with pytest.raises(RuntimeError):
        require_virtualenv("/usr", "/usr")
