"""
pip installs packages from PyPI (`python3 -m pip install requests`) into the
environment of the Python that runs it. To keep each project's packages apart,
give every project its own virtual environment, a folder such as `.venv`.

Inside a virtual environment, `sys.prefix` is the environment's folder, while
`sys.base_prefix` is still the folder of the Python it was made from. Outside
one, both are the same folder. in_virtualenv() gets this backwards: fix it.
"""

import sys


def in_virtualenv(prefix, base_prefix):
    """Return True when prefix and base_prefix show a virtual environment."""
    return prefix != base_prefix


if __name__ == "__main__":
    answer = in_virtualenv(sys.prefix, sys.base_prefix)
    print("In a virtual environment:", answer)


# --- tests: read them, don't change them ---


def test_venv_folder_differs_from_its_base():
    assert in_virtualenv("/home/ada/shop/.venv", "/usr")


def test_same_folder_means_no_venv():
    assert not in_virtualenv("/usr", "/usr")


def test_the_venv_folder_can_have_any_name():
    assert in_virtualenv("/home/ada/shop/env", "/usr/local")
    assert in_virtualenv("/srv/app/python-env", "/opt/python3.12")


def test_windows_paths():
    assert in_virtualenv(r"C:\Users\Ada\shop\.venv", r"C:\Python312")
    assert not in_virtualenv(r"C:\Python312", r"C:\Python312")
