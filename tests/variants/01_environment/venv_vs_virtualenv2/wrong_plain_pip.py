"""
venv and virtualenv make the same kind of environment; you run them in a
terminal. While an environment is active your shell prompt shows its name:
(.venv) by default, or the name given with --prompt.

    python3 -m venv --prompt NAME FOLDER
        venv comes with Python: nothing to install. It makes environments
        for the Python that runs it.

    python3 -m pip install virtualenv
    virtualenv --prompt NAME --python 3.12 FOLDER     (or python3 -m virtualenv ...)
        virtualenv is a package from PyPI: install it first. It is faster,
        and with --python it makes an environment for ANOTHER installed
        Python version than the one that runs it, which venv can't do.

Write the three commands, as you would type them. (On Windows, py can stand
for python3.) The tests run the venv command in an empty folder, and read
the other two.
"""

# Create .venv with venv, showing "shop" in the prompt
WITH_VENV = "python3 -m venv --prompt shop .venv"

# Install virtualenv, with pip run by python3
INSTALL_VIRTUALENV = "pip install virtualenv"

# Create .venv with virtualenv, showing "shop" in the prompt, for Python 3.12
WITH_VIRTUALENV = "virtualenv --prompt shop --python 3.12 .venv"
