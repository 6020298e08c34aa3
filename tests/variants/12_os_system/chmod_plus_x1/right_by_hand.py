import os
import stat


def make_executable(path):
    mode = os.stat(path).st_mode & 0o777
    if mode & 0o400:
        mode = mode | 0o100
    if mode & 0o040:
        mode = mode | 0o010
    if mode & 0o004:
        mode = mode | 0o001
    os.chmod(path, mode)


def describe(path):
    st_mode = os.stat(path).st_mode
    kind = "d" if stat.S_ISDIR(st_mode) else "-"
    letters = ""
    for bit, letter in zip(range(8, -1, -1), "rwxrwxrwx"):
        letters += letter if st_mode & (1 << bit) else "-"
    return kind + letters
