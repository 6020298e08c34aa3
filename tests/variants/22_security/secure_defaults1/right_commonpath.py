import os
from pathlib import Path

GRANTS = {
    "viewer": {"read"},
    "operator": {"read", "restart"},
    "admin": {"read", "restart", "deploy"},
}


def safe_join(base, user_path):
    root = os.path.realpath(base)
    target = os.path.realpath(os.path.join(root, user_path))
    if os.path.commonpath([root, target]) != root:
        raise ValueError("outside the base folder")
    return Path(target)


def is_allowed(roles, user, action):
    if user not in roles:
        return False
    granted = GRANTS.get(roles[user])
    if granted is None:
        return False
    return action in granted


def write_private(path, text):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with open(fd, "w", closefd=True) as f:
        f.write(text)
