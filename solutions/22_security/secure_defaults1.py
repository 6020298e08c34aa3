"""Three habits of secure code: never let a user's path leave the folder you serve, grant only
what is listed (least privilege) and answer "no" when in doubt (fail closed), and create files
that hold secrets readable by their owner only. Fix safe_join, is_allowed and write_private.
"""

import os
from pathlib import Path

# role -> the actions that role may perform; nothing else is allowed
GRANTS = {
    "viewer": {"read"},
    "operator": {"read", "restart"},
    "admin": {"read", "restart", "deploy"},
}


def safe_join(base: Path, user_path: str) -> Path:
    """base / user_path, resolved; ValueError if the result is outside base."""
    root = base.resolve()
    target = (root / user_path).resolve()
    if not target.is_relative_to(root):
        raise ValueError(f"path escapes {base}: {user_path}")
    return target


def is_allowed(roles: dict[str, str], user: str, action: str) -> bool:
    """May `user` (whose role is in `roles`) perform `action`?"""
    role = roles.get(user)
    return action in GRANTS.get(role, set())


def write_private(path: Path, text: str) -> None:
    """Write text to a new file that only its owner can read and write (mode 0o600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)


# --- tests: read them, don't change them ---
import stat
import sys

import pytest

ROLES = {"ana": "admin", "oli": "operator", "vic": "viewer", "zed": "intern"}


@pytest.fixture
def base(tmp_path):
    root = tmp_path / "public"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "guide.txt").write_text("hello")
    (tmp_path / "secret.txt").write_text("s3cret")
    return root


def test_safe_join_allows_paths_inside_base(base):
    assert safe_join(base, "docs/guide.txt").read_text() == "hello"


def test_safe_join_allows_dot_dot_that_stays_inside(base):
    assert safe_join(base, "docs/../docs/guide.txt").read_text() == "hello"


@pytest.mark.parametrize("attack", ["../secret.txt", "docs/../../secret.txt", "docs/../.."])
def test_safe_join_refuses_to_climb_out(base, attack):
    with pytest.raises(ValueError):
        safe_join(base, attack)


def test_safe_join_refuses_absolute_paths(base, tmp_path):
    with pytest.raises(ValueError):
        safe_join(base, str(tmp_path / "secret.txt"))


def test_roles_may_do_what_they_are_granted():
    assert is_allowed(ROLES, "ana", "deploy")
    assert is_allowed(ROLES, "oli", "restart")
    assert not is_allowed(ROLES, "vic", "restart")


def test_unknown_user_is_refused():
    assert not is_allowed(ROLES, "mallory", "read")


def test_unknown_role_is_refused():
    assert not is_allowed(ROLES, "zed", "read")


def test_unknown_action_is_refused():
    assert not is_allowed(ROLES, "oli", "drop_database")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_private_file_is_readable_by_its_owner_only(tmp_path):
    old_umask = os.umask(0o022)
    try:
        write_private(tmp_path / "token", "abc123")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "token").read_text() == "abc123"
    assert oct(stat.S_IMODE((tmp_path / "token").stat().st_mode)) == oct(0o600)
