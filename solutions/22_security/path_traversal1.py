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
    root = base.resolve()
    target = (root / user_path).resolve()
    if not target.is_relative_to(root):
        raise ValueError(f"path escapes {base}: {user_path}")
    return target


# --- tests: read them, don't change them ---
import os

import pytest


@pytest.fixture
def base(tmp_path):
    root = tmp_path / "public"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "guide.txt").write_text("hello")
    (tmp_path / "secret.txt").write_text("s3cret")
    (tmp_path / "public-old").mkdir()
    (tmp_path / "public-old" / "x.txt").write_text("old")
    return root


def test_paths_inside_base_are_allowed(base):
    assert safe_join(base, "docs/guide.txt").read_text() == "hello"
    assert safe_join(base, "docs/guide.txt") == (base / "docs" / "guide.txt").resolve()


def test_dot_dot_that_stays_inside_is_allowed(base):
    assert safe_join(base, "docs/../docs/guide.txt").read_text() == "hello"


@pytest.mark.parametrize(
    "attack", ["../secret.txt", "docs/../../secret.txt", "docs/../..", "../public-old/x.txt"]
)
def test_climbing_out_is_refused(base, attack):
    with pytest.raises(ValueError):
        safe_join(base, attack)


def test_absolute_paths_are_refused(base, tmp_path):
    with pytest.raises(ValueError):
        safe_join(base, str(tmp_path / "secret.txt"))


def test_a_link_that_points_outside_is_refused(base, tmp_path):
    try:
        os.symlink(tmp_path / "secret.txt", base / "docs" / "shortcut.txt")
    except OSError:
        link_made = False  # some systems don't let users make links
    else:
        link_made = True
    if link_made:
        with pytest.raises(ValueError):
            safe_join(base, "docs/shortcut.txt")


def test_a_relative_base_works_too(base, monkeypatch):
    monkeypatch.chdir(base.parent)
    assert safe_join(Path("public"), "docs/guide.txt").read_text() == "hello"
    with pytest.raises(ValueError):
        safe_join(Path("public"), "../secret.txt")
