"""The umask: the permission bits a new file does NOT get.

A program asks for a mode when it creates something: open(path, "w") asks for
0o666, os.mkdir(path) for 0o777, os.open(path, flags, mode) for `mode`. Then
the process's umask (set with os.umask, usually 0o022) takes bits away. The
umask only applies when something is CREATED.
Read each step of `steps()` below and answer with the mode (permission bits
only) that the file or folder has at that point, written as an octal literal
such as 0o640. The tests run the steps and compare.
"""
import os


def steps(folder):
    """Yields (question number, path) after each step."""
    os.umask(0o022)
    with open(os.path.join(folder, "one.txt"), "w") as f:
        f.write("1")
    yield 1, "one.txt"

    os.mkdir(os.path.join(folder, "two"))
    yield 2, "two"

    os.umask(0o027)
    with open(os.path.join(folder, "three.txt"), "w") as f:
        f.write("3")
    yield 3, "three.txt"

    os.umask(0o077)
    os.mkdir(os.path.join(folder, "four"))
    yield 4, "four"

    fd = os.open(os.path.join(folder, "five.key"), os.O_WRONLY | os.O_CREAT, 0o640)
    os.close(fd)
    yield 5, "five.key"

    os.chmod(os.path.join(folder, "one.txt"), 0o664)
    yield 6, "one.txt"


ANSWER_1 = 0o644
ANSWER_2 = 0o755
ANSWER_3 = 0o640
ANSWER_4 = 0o700
ANSWER_5 = 0o600
ANSWER_6 = 0o600


