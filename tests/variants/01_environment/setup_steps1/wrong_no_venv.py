r'''
A new colleague sets up your project by typing the commands in SETUP, one
per line. Today they install the packages for the whole computer with
`sudo pip`, and only then make a virtual environment that gets nothing.

Rewrite SETUP so that it:
1. creates the project's virtual environment .venv first, with the venv
   module: 2. installs the packages listed in requirements.txt INTO .venv, running pip
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

# Create .venv first, then install requirements.txt into it, without sudo
SETUP = r"""
.venv/bin/python -m pip install -r requirements.txt
"""
