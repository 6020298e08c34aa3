"""Secure coding principles: a user's path must not leave the folder you serve.

A file server joins the path a user asks for onto its base folder. `..` segments, also hidden
in the middle (`docs/../../secret.txt`), and absolute paths (`/etc/passwd`: joining an
absolute path throws the base away) lead outside, and so can a symbolic link. Checking the
text can't catch all of that. Resolve the joined path (`Path.resolve()` removes `..` and
follows links) and check that the result is still inside the resolved base folder.
"""
from pathlib import Path


def safe_join(base: Path, user_path: str) -> Path:
    """base / user_path, resolved; ValueError if the result is outside base."""
    target = (base / user_path).resolve()
    if not target.is_relative_to(base):
        raise ValueError(f"path escapes {base}: {user_path}")
    return target


