"""Mode bits: add a permission without losing the others, and show them like `ls -l`.

A file's permissions are nine bits, three for each class:
    owner rwx (0o700)   group rwx (0o070)   others rwx (0o007)
with r = 4, w = 2, x = 1 in each octal digit: 0o754 is rwxr-xr--.
`make_executable(path)` gives the execute bit to each class that may READ
the file, and keeps every bit the file already has (0o644 becomes 0o755,
0o640 becomes 0o750). `describe(path)` returns the mode as `ls -l` shows it,
type included: "-rwxr-xr-x" for a file, "drwxr-x---" for a folder.
"""
import os
import stat


def make_executable(path):
    mode = stat.S_IMODE(os.stat(path).st_mode)
    # each read bit, shifted two places right, is the execute bit of its class
    os.chmod(path, mode | 0o111)


def describe(path):
    return stat.filemode(os.stat(path).st_mode)


