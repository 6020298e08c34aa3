"""Secure coding principles: a private file is private from its first moment.

`write_private` saves a token to a file. `Path.write_text` creates the file with the default
mode (usually readable by everyone, 0o644 after the umask), and a chmod afterwards leaves a
moment in which another user can open it, and keep it open. Create the file with its final
mode instead: `os.open(path, flags, 0o600)` creates it readable and writable by its owner
only, and `os.fdopen(fd, "w")` turns the descriptor into a normal text file to write to.
The file must be new: if it exists already, raise FileExistsError (the `os.O_EXCL` flag).
"""
import os
from pathlib import Path


def write_private(path: Path, text: str) -> None:
    """Write text to a new file that only its owner can read and write (mode 0o600)."""
    def private(name, flags):
        return os.open(name, flags | os.O_EXCL, 0o600)

    with open(path, "x", opener=private) as file:
        file.write(text)


